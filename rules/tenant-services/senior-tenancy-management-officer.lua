-- rules/tenant-services/senior-tenancy-management-officer.lua
-- Senior Tenancy Management Officer (PN: 16632), Range 5. Tenant Services career progression
-- framework, April 2025, Tenancy Management section.
--
-- The document's three-column table (Level A / B / C) comes out of the PDF with the columns run
-- together; each statement below was put back in its own column. The B column's customer care
-- statement ends in a garbled duplicate line ("WOLK WITH OTHER ARELICIES ..."): it appears once.
-- Level B is "in addition to level 5A" and level C "in addition to level 5A and 5B": each level
-- lists only its own statements and the engine makes the verdicts cumulative.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/senior-tenancy-management-officer",
  title = "Senior Tenancy Management Officer",
  posts = { "16632" },
  grade = "Range 5",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To deliver comprehensive tenancy management services within a defined geographical area. Manage a team of up to 5 staff members, ensuring the smooth operation of the tenancy team and a commitment to continuously improving services for residents.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_qualification { id = "level-3-qualification", level = 3,
        text = "Level 3 qualification – e.g. A levels, Advanced apprenticeship, NVQ 3" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "Full UK driving licence and daily use of a car" },
      patterns.willingness_cih_level_4 { id = "cih-level-4-willingness",
        text = "Willingness to work towards level 4 Chartered Institute of Housing qualification" },
    },
    knowledge = {
      competency { id = "secure-tenants-housing-legislation",
        text = "A good understanding of Housing legislation relating to secure tenants" },
      competency { id = "welfare-benefits",
        text = "Knowledge of welfare and benefits" },
      competency { id = "safeguarding-principles",
        text = "Knowledge of safeguarding principles" },
      competency { id = "gdpr-understanding",
        text = "Understanding of GDPR and information sharing guidelines" },
    },
    experience = {
      -- The document gives no length of time: any recorded period of a month or more counts. The
      -- employment history decides it, as for "Experience of working in a social housing setting".
      experience { id = "tenancy-housing-management-role", months = 1,
        areas = { "tenancy_management", "income_collection", "leasehold", "asb" },
        text = "Experience of working in a tenancy/housing management role",
        reading = "At least one month of employment in tenancy management or another housing management function (income collection, leasehold management or anti-social behaviour), with any employer." },
      competency { id = "leading-team-shared-objectives",
        text = "Experience of leading a team to achieve shared objectives" },
      competency { id = "familiarity-housing-management-systems",
        text = "Familiarity with housing management systems and processes" },
    },
    skills = {
      competency { id = "relationship-management-interpersonal",
        text = "Honed relationship management and interpersonal skills" },
      competency { id = "prioritise-workload-deadlines",
        text = "Effective prioritisation of tasks and ability to meet deadlines" },
      competency { id = "standard-ict-packages",
        text = "Proficient at using Microsoft packages such as word/Excel/PowerPoint" },
      competency { id = "feedback-to-staff",
        text = "Ability to provide meaningful feedback to staff to enhance performance and influence outcomes." },
      competency { id = "communication-skills",
        text = "Communication skills" },
      competency { id = "senior-tenancy-analytical-skills",
        text = "Analytical skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/senior-tenancy-management-officer",
        text = "Completion of role specific training as identified in the HRA training matrix" },
    },
    knowledge = {
      competency { id = "tenancy-breach-strategies",
        text = "In depth understanding of strategies for managing tenancy breaches" },
      competency { id = "social-value-neighbourhood-development",
        text = "Understanding of social value initiatives and approaches to neighbourhood development" },
      competency { id = "housing-systems-knowledge",
        text = "Good housing systems knowledge" },
      competency { id = "stakeholder-management-understanding",
        text = "An understanding of stakeholder management" },
    },
    experience = {
      competency { id = "supervise-delegate-performance",
        text = "Effectively supervise staff members, delegate tasks and ensure performance expectations are met" },
      competency { id = "productive-stakeholder-relationships",
        text = "Experience of building productive relationships with stakeholders to resolve complex issues and support residents" },
      competency { id = "tenancy-audits",
        text = "Experience of carrying out regular tenancy audits capturing information, recording vulnerabilities and identifying cases of tenancy fraud" },
      competency { id = "partnership-shaping-community",
        text = "Experience of working in partnership to shape the community" },
      competency { id = "responding-legislative-changes",
        text = "Experience of responding to changes in legislative requirements" },
      competency { id = "analysing-responding-resident-feedback",
        text = "Experience of actively analysing feedback from residents and responding back to them" },
    },
    skills = {
      competency { id = "line-management-skills",
        text = "Effective line management skills, applying Council policies and procedures to support staff members" },
      -- The catalogue keeps this apart from the Senior Income and Arrears Officer's "... on income
      -- related issues" and the Senior Scheme Support Officer's "informed and fair decisions".
      competency { id = "independent-decisions-tenant-issues",
        text = "Ability to make informed, fair and effective decisions on tenant issues - independently, using own initiative" },
      competency { id = "customer-care-adapting-services",
        text = "Excellent customer care skills, with experience of adapting services, where possible, to meet customer needs and can take the initiative to work with other agencies where necessary" },
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
      competency { id = "housing-policy-law-finance-ethics",
        text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing" },
    },
    experience = {
      competency { id = "drive-service-improvements-innovation",
        text = "Drive service improvements, introducing innovations and enhancing tenant satisfaction" },
      competency { id = "service-strategies-team-objectives",
        text = "Contribute to service strategies, setting team objectives aligned with broader goals" },
    },
    skills = {
      competency { id = "creative-problem-solving",
        text = "Problem solving and creative ability" },
      competency { id = "housing-sector-knowledge-innovation",
        text = "Ability to apply housing sector knowledge to drive innovation" },
      -- The catalogue's staff-development-opportunities lacks the coaching/mentoring part.
      competency { id = "staff-development-coach-mentor",
        text = "Ability to identify opportunities for staff development and coach/mentor them" },
    },
  },
}
