-- rules/tenant-services/income-and-leasehold-manager.lua
-- Income and Leasehold Manager (PN: 10629), Range 6.
-- Tenant Services career progression framework, April 2025, Income and Leasehold Management.
-- In the extracted text the Knowledge headings of levels A and B run into their first
-- statements ("Knowledge of housing, council tax ...", "Knowledge and understanding of
-- performance management"); a stray line of noise in level C's skills ("Aldress Constitution
-- of the constitution of th") is not a statement and is left out.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/income-and-leasehold-manager",
  title = "Income and Leasehold Manager",
  posts = { "10629" },
  grade = "Range 6",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To direct the day-to-day operations of the income and leaseholder team, providing a comprehensive housing service for HRA income collection, tenancy sustainment, leaseholders and Right to Buy applications. The postholder will monitor and evaluate the service to ensure compliance with statutory requirements and the adoption of best practice approaches.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_qualification { id = "level-6-qualification", level = 6,
        text = "Level 6 qualification – e.g. Degree Apprenticeship, Graduate Diploma" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "Full UK driving licence with daily access to a car for work" },
    },
    knowledge = {
      competency { id = "income-leasehold-manager-benefits-administration-legislation",
        text = "Knowledge of housing, council tax and other welfare benefits administration and legislation" },
      -- The document's wording ("households rent arrears"), kept as printed.
      competency { id = "income-leasehold-manager-rent-arrears-household-problems",
        text = "Understanding of the problems faced by households rent arrears, and particularly those from disadvantaged groups" },
      competency { id = "gdpr-understanding", text = "Understanding of GDPR and information sharing guidelines" },
      competency { id = "secure-tenants-housing-legislation-comprehensive",
        text = "Comprehensive knowledge of housing legislation and statutory requirements relating to secure tenants" },
      competency { id = "equal-opportunities-application",
        text = "Comprehensive knowledge and application of equal opportunities, responding positively to individual needs and circumstances" },
      competency { id = "social-issues-affecting-tenants",
        text = "Comprehensive understanding of social issues that may affect tenants such as poverty, isolation and domestic abuse" },
    },
    experience = {
      -- Not the Tenancy Manager's "... managing a multi-disciplinary team including tenancy management".
      competency { id = "income-leasehold-manager-leading-multidisciplinary-team",
        text = "Experience of leading a multi-disciplinary team including income collection" },
      competency { id = "income-leasehold-manager-high-level-arrears-court-process",
        text = "Experience of managing high level rent arrears cases and a comprehensive understanding of the court process" },
      competency { id = "housing-management-systems-experience", text = "Experience of Housing Management systems" },
    },
    skills = {
      competency { id = "excellent-ict-microsoft-office", text = "Excellent ICT skills including Microsoft Office packages" },
      competency { id = "working-relationships-subject-matter-experts",
        text = "Ability to build effective working relationships with colleagues and stakeholders, collaborating and acting on advice given by subject matter experts to improve services where appropriate" },
      competency { id = "record-keeping-decision-making",
        text = "Accurate record keeping, uses appropriate methods to communicate and record interactions and the decision-making process" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/income-and-leasehold-manager",
        text = "Completion of role specific training as identified on the HRA training matrix" },
    },
    knowledge = {
      competency { id = "performance-management-knowledge", text = "Knowledge and understanding of performance management" },
      competency { id = "income-leasehold-manager-right-to-buy-leaseholder-legislation",
        text = "Knowledge of Right to Buy and leaseholder legislation and management" },
      competency { id = "policies-procedures-risk-assessments",
        text = "Working knowledge of policies, procedures and risk assessments relevant to the role" },
      competency { id = "regulatory-standards-in-depth",
        text = "In-depth knowledge of Regulatory standards in housing and their practical application" },
    },
    experience = {
      competency { id = "income-leasehold-manager-statistical-information",
        text = "Experience of preparing and validating statistical information" },
      competency { id = "income-leasehold-manager-budgets-forecasting",
        text = "Experience of preparing budgets, highlighting anomalies and accurate forecasting" },
      competency { id = "objective-plans-realistic-targets",
        text = "Develop objective plans to meet the needs of the service, setting realistic targets and developing ways of using information for solutions" },
      competency { id = "interagency-working",
        text = "Experience of developing and sustaining successful and productive interagency working for the benefit of all residents" },
    },
    skills = {
      competency { id = "analytical-skills-complex-information",
        text = "Analytical skills to interpret complex information and situations" },
      competency { id = "manage-team-workload",
        text = "Ability to manage own workload and that of the team, prioritising effectively" },
      competency { id = "delegate-appropriate-to-grade",
        text = "Ability to complete tasks appropriate to grade with ability to delegate effectively, ensuring the team responds to requests within acceptable timeframes" },
      competency { id = "motivate-team-development",
        text = "Ability to motivate the team, linking their development to service requirements" },
      competency { id = "empower-team-transparency",
        text = "Empowers the team and trusts them to deliver outputs, fostering a culture of transparency" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      patterns.cih_completion { id = "cih-level-4", level = 4,
        text = "Completion of CIH level 4 qualification" },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "procedural-knowledge-creative-solutions",
        text = "Evidence of applying procedural knowledge to develop creative solutions and plans for service improvement" },
      competency { id = "housing-policy-law-finance-ethics",
        text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing" },
    },
    experience = {
      competency { id = "change-opportunities-business-proposals",
        text = "Evidence of identifying opportunities to implement change within the service, developing sound business proposals which clearly set out rationale, methodology, supporting data and intended outcomes" },
    },
    skills = {
      competency { id = "communicate-complex-sensitive-information",
        text = "Developed communication skills with the ability to present complex and/or sensitive information in an understandable way, using a variety of methods across a range of audiences" },
      competency { id = "continuous-improvement-culture",
        text = "Ability to foster a culture of continuous improvement and a proven track record in the successful development and implementation of fundamental improvement/change programmes, ensuring plans are focussed and meet service requirements" },
    },
  },
}
