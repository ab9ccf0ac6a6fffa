-- rules/tenant-services/housing-service-improvement-manager.lua
-- Tenant Services career progression framework, April 2025: Housing Service Improvement Manager
-- (PN:16637), Range 6. Source lines 184-207 of 002_1abcbfd60e445b36.txt; each table row is one
-- line with the Level A, B and C cells separated by tabs (the last Skills lines are Level A's).

local patterns = require "lib.patterns"

role {
  id = "tenant-services/housing-service-improvement-manager",
  title = "Housing Service Improvement Manager",
  posts = { "16637" },
  grade = "Range 6",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To ensure that the Council's ICT systems are optimised for service improvement, supporting business processes, reporting, user experience and decision making. The role will involve managing systems maintenance, financial controls, and compliance with best practices and legislation.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_qualification { id = "level-3-qualification", level = 3,
        text = "Level 3 qualification – e.g. A levels, Advanced apprenticeship, NVQ 3" },
    },
    knowledge = {
      competency { id = "workflow-ict-system-administration",
        text = "Advanced knowledge relating to workflow-based ICT including system administration functions" },
      competency { id = "social-housing-sector",
        text = "Knowledge of the social housing sector" },
      -- "understand" is the document's own word (it recurs in the same statement for other roles).
      competency { id = "gdpr-understanding",
        text = "A good understand of GDPR legislation and best practice" },
    },
    experience = {
      -- No duration is stated, so the employment history cannot decide it: a judgement.
      competency { id = "direct-line-management-responsive-housing",
        text = "Experience of direct line management in a responsive housing context" },
      competency { id = "applied-sql",
        text = "Applied use of SQL." },
      competency { id = "service-improvement-role-experience",
        text = "Experience of working in a service improvement role" },
    },
    skills = {
      competency { id = "standard-ict-packages",
        text = "Ability to use Microsoft packages including Excel, Word and PowerPoint" },
      competency { id = "relationship-management-interpersonal",
        text = "Relationship management and interpersonal skills" },
      competency { id = "line-management-skills",
        text = "Effective line management skills" },
      competency { id = "advanced-data-analysis-advanced-excel",
        text = "Advanced data analysis skills including advanced level excel" },
      competency { id = "research-and-audit-activity-skills",
        text = "Excellent research and audit activity skills" },
      competency { id = "communication-skills",
        text = "Communication skills" },
      competency { id = "organisation-project-planning-skills",
        text = "Organisation/ project planning skills" },
      competency { id = "initiative-and-independence-in-role",
        text = "Initiative and independence in this role" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/housing-service-improvement-manager",
        text = "Completion of role specific training as identified on the HRA tenant services training matrix" },
    },
    knowledge = {
      -- Understanding of the framework, not certification (ITIL certification is asked for at C).
      competency { id = "itil-framework-foundation-understanding",
        text = "Foundation level understanding of IT Infrastructure Library (ITIL) service management framework" },
      competency { id = "medway-systems-infrastructure",
        text = "Detailed knowledge of Medway's systems and technical infrastructure" },
    },
    experience = {
      competency { id = "nec-complex-data-security-access-controls",
        text = "Experience of supporting service users managing complex data and security access controls of NEC, storing sensitive data and documents" },
      competency { id = "data-systems-strategic-decisions",
        text = "Experience of analysing data and systems to inform strategic decision making" },
      competency { id = "self-service-user-experience-improvements",
        text = "Experience of driving improvements in self-service and user experience" },
    },
    skills = {
      competency { id = "business-process-transformation-skills",
        text = "Business process transformation skills" },
      competency { id = "creative-problem-solving",
        text = "Evidence of problem solving and creative ability" },
      competency { id = "stakeholder-collaboration-systems-value-priorities",
        text = "Ability to work collaboratively and consultatively with stakeholders to maximise value from systems and establish priorities aligned with strategic objectives" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      -- One statement joining CIH Level 4 and ITIL Foundation, so not patterns.cih_completion.
      all_of {
        id = "cih-level-4-and-itil-foundation",
        text = "Chartered Institute of Housing Level 4 and working towards the Information Technology Infrastructure Library (ITIL) foundation certified",
        reading = "Both: an achieved CIH qualification at Level 4 or above, and ITIL Foundation certification achieved or in progress (a higher ITIL stage also counts)",
        cih { id = "cih-level-4", min_level = 4, text = "Chartered Institute of Housing Level 4" },
        itil { id = "itil-foundation", stage = "foundation", working_towards = true,
          text = "Working towards the Information Technology Infrastructure Library (ITIL) foundation certified" },
      },
      patterns.cpd { id = "cpd", text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "housing-policy-law-finance-ethics",
        text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing and best practice" },
    },
    experience = {
      competency { id = "ict-upskilling-across-service",
        text = "Delivery of ICT upskilling across the service" },
      competency { id = "strategic-planning-team-objectives",
        text = "Evidence of strategic planning and aligning team objectives with broader goals" },
      competency { id = "deputising-for-manager",
        text = "Experience of deputising for manager" },
      competency { id = "complex-advice-internal-external-stakeholders",
        text = "Evidence of providing complex advice and guidance to internal and external stakeholders" },
      competency { id = "housing-change-advisory-board-chair",
        text = "Be an active member in the development of and successful running, and acting Chair of the Housing Change Advisory Board" },
    },
    skills = {
      competency { id = "service-management-methodologies",
        text = "Use of best practice service management methodologies" },
      competency { id = "housing-sector-knowledge-innovation",
        text = "Evidence of applying housing sector knowledge to drive innovation" },
      competency { id = "presentation-and-training-skills",
        text = "Excellent presentation and training skills" },
    },
  },
}
