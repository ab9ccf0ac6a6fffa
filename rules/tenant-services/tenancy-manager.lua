-- rules/tenant-services/tenancy-manager.lua
-- Tenancy Manager (PN: 12128), Range 6. Tenant Services career progression framework, April 2025,
-- Tenancy Management section.
--
-- The document's three-column table (Level A / B / C) comes out of the PDF with the columns run
-- together; each statement below was put back in its own column. In column A the last Knowledge
-- statement ("Comprehensive understanding of social issues ...") is printed at the start of the
-- next row, and the Skills statements have lost their "Skills" heading; "Good communication skills"
-- is printed on a line of its own below them. In column C a second Skills sentence begins
-- lower-case ("... meeting service requirements. foster a culture of continuous improvement by and a
-- proven track record ..."): read, as the Income and Leasehold Manager prints it, as the separate
-- statement "Ability to foster a culture of continuous improvement and a proven track record ...".
-- Level B is "in addition to level 6A" and level C "in addition to level 6A and 6B": each level
-- lists only its own statements and the engine makes the verdicts cumulative.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/tenancy-manager",
  title = "Tenancy Manager",
  posts = { "12128" },
  grade = "Range 6",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To direct the day-to-day operations of the tenancy team, providing a comprehensive housing service for HRA tenancy management, tenancy sustainment and anti-social behaviour. The postholder will monitor and evaluate the service to ensure compliance with statutory requirements and the adoption of best practice approaches.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_qualification { id = "level-6-qualification", level = 6,
        text = "Level 6 qualification – e.g. Degree Apprenticeship, Graduate Diploma" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "Full UK driving licence with daily access to a car for work" },
    },
    knowledge = {
      competency { id = "tenancy-housing-management-requirements",
        text = "Proven knowledge of tenancy and housing management and its requirements and guidelines and legislation, including safeguarding and health and safety" },
      competency { id = "gdpr-understanding",
        text = "Understanding of GDPR and information sharing guidelines" },
      competency { id = "secure-tenants-housing-legislation-comprehensive",
        text = "Comprehensive knowledge of housing legislation relating to secure tenants" },
      competency { id = "equal-opportunities-application",
        text = "Comprehensive knowledge and application of equal opportunities, responding positively to individual needs and circumstances" },
      competency { id = "social-issues-affecting-tenants",
        text = "Comprehensive understanding of social issues that may affect tenants such as poverty, isolation and domestic abuse" },
    },
    experience = {
      -- Managing a team is in the employment history (a post that line-managed staff); that the team
      -- was multi-disciplinary and was managed effectively needs a manager's judgement.
      all_of {
        id = "managing-multi-disciplinary-team",
        text = "Experience of effectively managing a multi-disciplinary team including tenancy management",
        reading = "At least one month in a post that line-managed staff and covered tenancy management, and an assessment that the officer managed a multi-disciplinary team effectively.",
        experience { id = "managerial-tenancy-management", months = 1, managerial = true,
          areas = { "tenancy_management" },
          text = "A post that managed staff, including tenancy management" },
        competency { id = "managing-multi-disciplinary-tenancy-team",
          text = "Effectively managing a multi-disciplinary team including tenancy management" },
      },
      competency { id = "complex-tenancy-cases-positive-outcomes",
        text = "Experience managing complex tenancy management cases, applying a variety of different methods to achieve positive outcomes" },
    },
    skills = {
      competency { id = "excellent-ict-housing-management-systems",
        text = "Excellent ICT skills including Microsoft Office packages and experience of housing management systems" },
      competency { id = "working-relationships-subject-matter-experts",
        text = "Ability to build effective working relationships with colleagues and stakeholders, collaborating and acting on advice given by subject matter experts to improve services where appropriate" },
      competency { id = "record-keeping-decision-making",
        text = "Accurate record keeping, uses appropriate methods to communicate and record interactions and the decision-making process" },
      competency { id = "communication-skills",
        text = "Good communication skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/tenancy-manager",
        text = "Completion of role specific training as identified in the HRA training matrix" },
    },
    knowledge = {
      -- One sentence in the document, two catalogue statements (see lib/competencies.lua).
      all_of {
        id = "policies-procedures-regulatory-standards",
        text = "Working knowledge of policies, procedures and risk assessments relevant to the role with in-depth knowledge of Regulatory standards in housing and their practical application",
        competency { id = "policies-procedures-risk-assessments",
          text = "Working knowledge of policies, procedures and risk assessments relevant to the role" },
        competency { id = "regulatory-standards-in-depth",
          text = "In-depth knowledge of Regulatory standards in housing and their practical application" },
      },
      competency { id = "tenancy-breach-strategies",
        text = "In-depth understanding of strategies to manage tenancy breaches" },
      competency { id = "social-value-neighbourhood-development-in-depth",
        text = "In-depth understanding of social value initiatives and approaches to neighbourhood development" },
      competency { id = "performance-management-knowledge",
        text = "Knowledge and understanding of performance management" },
      competency { id = "stakeholder-management-understanding",
        text = "An understanding of stakeholder management" },
    },
    experience = {
      competency { id = "interagency-working",
        text = "Experience of developing and sustaining successful and productive interagency working for the benefit of all residents" },
      competency { id = "finances-budget-systems-understanding",
        text = "Experience and sound understanding of finances and budget systems" },
      competency { id = "objective-plans-realistic-targets",
        text = "Experience of developing objective plans to meet the needs of the service, setting realistic targets and developing ways of using information for solutions" },
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
        text = "Completion of level 4 Chartered Institute of Housing qualification" },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "procedural-knowledge-creative-solutions",
        text = "Knowledge of applying procedural knowledge to develop creative solutions and plans for service improvements" },
      competency { id = "housing-policy-law-finance-ethics",
        text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing" },
    },
    experience = {
      competency { id = "change-opportunities-business-proposals",
        text = "Experience of identifying opportunities to implement change within the service, developing sound business proposals which clearly set out rationale, methodology, supporting data and intended outcomes" },
    },
    skills = {
      competency { id = "communicate-complex-sensitive-information",
        text = "Developed communication skills with the ability to present complex and/or sensitive information in an understandable way, using a variety of methods across a range of audiences" },
      competency { id = "change-project-management-service-plans",
        text = "Ability to utilise change management and project management skills to create plans which are focussed on meeting service requirements." },
      competency { id = "continuous-improvement-culture",
        text = "Ability to foster a culture of continuous improvement and a proven track record in the successful development and implementation of fundamental improvement/change programmes, ensuring plans are focussed and meet service requirements" },
    },
  },
}
