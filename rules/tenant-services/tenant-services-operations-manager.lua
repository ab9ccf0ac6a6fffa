-- rules/tenant-services/tenant-services-operations-manager.lua
-- Tenant Services career progression framework, April 2025: Tenant Services Operations Manager
-- (PN: 11965), Range 7. Levels 7A / 7B / 7C; B is "in addition to level 7A", C "in addition to
-- level 7A and 7B" (the engine makes the verdicts cumulative).

local patterns = require "lib.patterns"

role {
  id = "tenant-services/tenant-services-operations-manager",
  title = "Tenant Services Operations Manager",
  posts = { "11965" },
  grade = "Range 7",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To oversee the day-to-day operational management of the Tenant Services team, including neighbourhood services, tenancy management, income and leasehold and homes for independent living. The postholder will manage key contracts such as the HRA cleaning contract and the grounds maintenance contracts, with budget oversight, compliance with housing legislation, contribution to service plans and effective team management.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_qualification { id = "level-6-qualification", level = 6,
        text = "Level 6 qualification – e.g. Degree Apprenticeship, Graduate Diploma" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-vehicle",
        text = "Full UK driving licence with daily use of a vehicle" },
    },
    knowledge = {
      competency { id = "ops-housing-sector-issues-best-practice",
        text = "Comprehensive overview of current issues within the housing sector, and best practice methodologies" },
      competency { id = "ops-housing-legislation-policy-regulatory-standards",
        text = "Excellent working knowledge of housing legislation and policy, including Regulatory standards" },
      competency { id = "tenancy-housing-management-requirements",
        text = "Proven knowledge of tenancy and housing management and its requirements and guidelines, including equal opportunities, safeguarding and health and safety" },
      competency { id = "gdpr-understanding",
        text = "Understanding of GDPR and information sharing guidelines" },
      competency { id = "social-issues-affecting-tenants",
        text = "Comprehensive understanding of social issues that may affect tenants such as poverty, isolation and domestic abuse" },
      competency { id = "ops-benefits-welfare-housing-support-overview",
        text = "Overview of the benefits and welfare system, and housing related support, keeping updated with legislative changes through subscriptions to sector news" },
      competency { id = "ops-contract-management-provider-accountability",
        text = "Knowledge of contract management and holding providers to account" },
      competency { id = "ops-household-issues-disadvantaged-groups",
        text = "High level understanding of issues faced by households, particularly those from disadvantaged groups, continuously updating this knowledge by attending appropriate forums with other sector professionals" },
    },
    experience = {
      -- "Senior level" is not a field of the employment history (managerial is not the same
      -- thing) and the statement has no duration: a judgement.
      competency { id = "ops-senior-social-housing-frontline-operations",
        text = "Experience of working at a senior level within a social housing environment and a proven track record in delivering frontline operational services",
        reading = "Assessed as a whole by the manager: seniority in a social housing environment is not recorded in the employment history, and no minimum duration is stated." },
      competency { id = "ops-managing-dispersed-frontline-teams",
        text = "Experience of managing dispersed, frontline teams delivering a range of services" },
    },
    skills = {
      competency { id = "excellent-ict-housing-management-systems",
        text = "Excellent ICT skills including Microsoft office packages and experience of using housing management systems to manage and monitor workloads" },
      competency { id = "working-relationships-subject-matter-experts",
        text = "Ability to build effective working relationships with colleagues and stakeholders, collaborating and acting on advice from subject matter experts where appropriate" },
      -- Not the catalogue's record-keeping-decision-making ("Accurate record keeping, uses
      -- appropriate methods to communicate and record ..."): this adds document management and
      -- monitoring, so it stays role-specific.
      competency { id = "ops-record-keeping-document-management",
        text = "Excellent record keeping and document management, employing appropriate methods to record and monitor interactions and the decision-making process" },
      competency { id = "ops-lead-team-transparency-trust-collaboration",
        text = "Ability to lead the team, fostering a culture of transparency, trust and collaboration. Challenging positively when standards are not met" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/tenant-services-operations-manager",
        text = "Completion of role specific training as identified in the HRA training matrix" },
    },
    knowledge = {
      competency { id = "ops-service-charging-consultation",
        text = "Understanding of service charging and consultation requirements, providing coaching support to the team where necessary" },
      -- The catalogue's performance-management-knowledge lacks "and strategies to manage complex
      -- situations" (catalogue note): role-specific.
      competency { id = "ops-performance-management-complex-situations",
        text = "Knowledge and understanding of performance management and strategies to manage complex situations" },
      competency { id = "policies-procedures-risk-assessments",
        text = "Working knowledge of policies, procedures and risk assessments relevant to the role" },
      competency { id = "ops-neighbourhood-management-in-depth",
        text = "In-depth understanding of neighbourhood management, including strategies to manage tenancy breaches and approaches to neighbourhood development improvement plans" },
      competency { id = "social-value-neighbourhood-development-in-depth",
        text = "In-depth understanding of social value initiatives and approaches to neighbourhood development" },
    },
    experience = {
      competency { id = "ops-budget-management-financial-information",
        text = "Proficiency in budget management and analysing financial management information" },
      competency { id = "ops-performance-monitoring-regimes",
        text = "Development of innovative performance monitoring regimes, providing practical and coaching support to managers" },
      competency { id = "ops-coshh-risk-assessments",
        text = "Experience of COSHH and risk assessments" },
      competency { id = "ops-managing-operational-services-targets",
        text = "Experience of successfully managing operational services to deliver set outcomes and achieve targets" },
      competency { id = "ops-managing-staff-council-policies",
        text = "Experience of effectively managing staff members and applying Council policies and procedures such as supporting employee attendance and performance issues" },
    },
    skills = {
      competency { id = "ops-communication-negotiation-influencing",
        text = "Excellent communication, negotiation, consultation and influencing skills tailored to meet the needs of a wide range of audiences and stakeholders" },
      competency { id = "ops-financial-planning-budget-forecasting",
        text = "Financial planning and budget management, including forecasting" },
      -- First sentence is the catalogue statement; the second is this role's own.
      all_of { id = "analytical-skills-present-plans",
        text = "Analytical skills to interpret complex information and situations. Ability to use these skills to present plans and cases to improve services",
        competency { id = "analytical-skills-complex-information",
          text = "Analytical skills to interpret complex information and situations" },
        competency { id = "ops-present-plans-cases-improve-services",
          text = "Ability to use these skills to present plans and cases to improve services" },
      },
      -- First sentence is the catalogue statement; the further sentences are role-specific
      -- (catalogue note on manage-team-workload).
      all_of { id = "manage-team-workload-priorities",
        text = "Ability to manage own workload and that of the team, prioritising effectively. Ensures that team members are carrying out tasks appropriate to their grade. Sets the operational priorities and ensures they are adhered to",
        competency { id = "manage-team-workload",
          text = "Ability to manage own workload and that of the team, prioritising effectively" },
        competency { id = "ops-tasks-to-grade-operational-priorities",
          text = "Ensures that team members are carrying out tasks appropriate to their grade. Sets the operational priorities and ensures they are adhered to" },
      },
      all_of { id = "motivate-team-equal-opportunities",
        text = "Ability to motivate the team, linking their development to service requirements. Ensures that equal opportunities are embedded throughout the teams by all managers",
        competency { id = "motivate-team-development",
          text = "Ability to motivate the team, linking their development to service requirements" },
        competency { id = "ops-equal-opportunities-embedded-by-managers",
          text = "Ensures that equal opportunities are embedded throughout the teams by all managers" },
      },
      competency { id = "ops-informed-timely-ethical-decisions",
        text = "Able to make informed and timely decision using a range of sources and employing an ethical framework" },
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
      competency { id = "ops-legal-statutory-framework-sector-events",
        text = "Thorough knowledge and understanding of the legal and statutory framework related to housing, proactively seeking to keep updated through sector events" },
      competency { id = "procedural-knowledge-creative-solutions",
        text = "Evidence of applying procedural knowledge to develop creative solutions and plans for service improvement" },
      competency { id = "housing-policy-law-finance-ethics",
        text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing" },
    },
    experience = {
      -- The catalogue treats this and the level C skill "Ability to foster a culture of continuous
      -- improvement and a proven track record in the successful development and implementation of
      -- fundamental improvement/change programmes, ensuring plans are focussed and meet service
      -- requirements" as one statement (continuous-improvement-culture). A level lists an id once,
      -- so it is encoded here, where the document first gives it; one assessment covers both.
      competency { id = "continuous-improvement-culture",
        text = "Evidence of fostering a culture of continuous improvement, including successfully developing and implementing improvement/change programmes, ensuring business plans are focussed and meet service requirements",
        reading = "Also stands for the level C skill \"Ability to foster a culture of continuous improvement and a proven track record in the successful development and implementation of fundamental improvement/change programmes, ensuring plans are focussed and meet service requirements\", which the competency catalogue treats as the same statement." },
      competency { id = "ops-underperformance-improvement-plans",
        text = "Evidence of proactively identifying areas of underperformance and developing plans to address slippage and realise improved outcomes" },
    },
    skills = {
      competency { id = "ops-service-objectives-from-strategy",
        text = "Ability to develop service objectives from strategy, motivating teams to instigate change" },
      competency { id = "ops-future-trends-performance-objectives",
        text = "Ability to use a range of information on future trends to set measurable performance objectives and inform strategic thinking to meet future needs of the service" },
      competency { id = "communicate-complex-sensitive-information",
        text = "Developed communication skills with the ability to present complex and/or sensitive information in an understandable way, using a variety of methods across a range of audiences" },
      -- "Ability to foster a culture of continuous improvement ..." (continuous-improvement-culture)
      -- is encoded under level C experience above.
    },
  },
}
