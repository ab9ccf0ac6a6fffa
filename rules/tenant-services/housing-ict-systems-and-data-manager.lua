-- rules/tenant-services/housing-ict-systems-and-data-manager.lua
-- Tenant Services career progression framework, April 2025: Housing ICT Systems and Data
-- Manager (PN: 10723), Range 7. Source lines 209-284 of 002_1abcbfd60e445b36.txt. The
-- Qualifications, Knowledge and Experience rows interleave the three level columns line by
-- line; the Skills row comes out as three consecutive "Skills" blocks, Level A, B and C in turn.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/housing-ict-systems-and-data-manager",
  title = "Housing ICT Systems and Data Manager",
  posts = { "10723" },
  grade = "Range 7",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "Strategically manage the Council's Housing ICT systems, ensuring that they support business processes, decision making and reporting while maintaining technical functionality. The role employs proactive product management methodologies to develop a visionary roadmap for technical updates and service enhancements, leveraging ITIL and user-centred IT Service Management practices to foster collaboration, value and continuous improvement.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      -- The source also prints a garbled copy ("Lovel 6 qualification and Degree Apprenticeship
      -- Craduate Diploma"); it appears once here.
      patterns.level_qualification { id = "level-6-qualification", level = 6,
        text = "Level 6 qualification – e.g. Degree Apprenticeship, Graduate Diploma" },
    },
    knowledge = {
      competency { id = "workflow-ict-system-administration",
        text = "Advanced knowledge relating to workflow-based ICT including system administration functions" },
      competency { id = "gdpr-and-role-based-security",
        text = "Good knowledge of GDPR and role-based security" },
      competency { id = "social-housing-sector",
        text = "Knowledge of the social housing sector" },
    },
    experience = {
      competency { id = "team-management-nec-applications-environment",
        text = "Experience of team management, including the motivation and development of staff, in an NEC applications environment" },
      competency { id = "managing-housing-ict-support-service",
        text = "Experience of managing a housing ICT support service" },
      competency { id = "building-config-sql-housing-services",
        text = "Experience of building config/ Structured Query Language (SQL) to improve Housing services" },
      competency { id = "contributing-budget-management-or-setting",
        text = "Experience contributing to budget management or setting" },
    },
    skills = {
      competency { id = "standard-ict-packages",
        text = "Ability to use Microsoft packages including Excel, Word and PowerPoint" },
      competency { id = "relationship-management-interpersonal",
        text = "Relationship management and interpersonal skills" },
      competency { id = "line-managing-others-direction-empowering",
        text = "Ability to undertake direct responsibility for line managing others, providing direction, monitoring progress and empowering them to achieve objectives" },
      competency { id = "written-oral-communication-tailored",
        text = "Excellent written and verbal communication skills to adapt information to a variety of audiences" },
      competency { id = "advanced-it-skills",
        text = "Advanced IT skills" },
      competency { id = "excellent-management-skills",
        text = "Excellent management skills" },
      -- Not analytical-skills-complex-information: this wording adds developing long-term
      -- strategies and solutions.
      competency { id = "analytical-skills-long-term-strategies",
        text = "Excellent analytical skills to interpret complex information to develop long-term strategies and solutions" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      itil { id = "itil-practice-manager", stage = "practice_manager",
        text = "Information Technology Infrastructure Library (ITIL) practice manager certified",
        reading = "An achieved ITIL 4 Practice Manager certification, or a designation ranked at the same stage in lib/equivalences.lua (Managing Professional); in progress does not count" },
      patterns.role_training { id = "role-training",
        role = "tenant-services/housing-ict-systems-and-data-manager",
        text = "Completion of role specific training as identified on the HRA tenant services training matrix" },
    },
    knowledge = {
      competency { id = "itil-framework-detailed-knowledge",
        text = "Detailed knowledge of IT Infrastructure Library (ITIL) service management framework" },
      competency { id = "medway-systems-infrastructure",
        text = "Detailed knowledge of Medway's systems and technical infrastructure" },
      competency { id = "consumer-standards-legislation-team-duties",
        text = "Understanding of service requirements under the consumer standards and good understanding of how relevant legislation, standards, and best practice apply to the duties of the team at all levels" },
      competency { id = "fois-sars-lead-knowledge",
        text = "Strong working knowledge of FOIs, SARs, and the national guidance and standards for dealing with them sufficient to lead on these activities" },
    },
    experience = {
      competency { id = "support-team-limited-resources",
        text = "Experience of managing a support team with limited resources and conflicting priorities" },
      competency { id = "data-systems-strategic-decisions",
        text = "Experience of analysing data and systems to inform strategic decision making" },
      competency { id = "team-targets-service-plan-monitoring",
        text = "Experience of mapping out team targets in line with service plan with continued monitoring to ensure successful completion" },
      competency { id = "joint-working-partnerships-future-of-medway",
        text = "Experience of organising joint working and partnerships, looking at cross networking, working collaboratively and building sustainable relationships for the future of Medway" },
    },
    skills = {
      competency { id = "compile-complex-reports-influence-change",
        text = "The ability to compile complex reports to influence change" },
      competency { id = "business-objects-power-bi-skills",
        text = "Effective Business Objects/Power BI skills" },
      competency { id = "management-skills-develop-motivate-staff",
        text = "Developed management skills to develop and motivate staff" },
      competency { id = "administer-complex-projects-risks",
        text = "Able to administer complex projects, assessing and taking account of known risks, able to adapt to changes and problems along the way" },
      competency { id = "guidance-internal-procedures-employees",
        text = "Ability to carry out tasks and/or provide guidance on internal procedures, relating to employees and interpret them based on the needs of individual situations" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      -- Printed twice in the source (the second copy garbled: "Chartered histitute").
      patterns.cih_completion { id = "cih-level-4", level = 4,
        text = "Completion of Chartered Institute of Housing level 4 qualification" },
      patterns.cpd { id = "cpd", text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "housing-policy-law-finance-ethics",
        text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing" },
      competency { id = "annual-reporting-returns-national-standards",
        text = "Strong understanding of annual reporting, including how the information is to be presented, returns deadlines, and any relevant national standards" },
      competency { id = "data-protection-cybersecurity-expertise",
        text = "Expertise in matters of data protection and cybersecurity, with a strong understanding of relevant technologies that are used or could be used by the council" },
    },
    experience = {
      competency { id = "transformation-change-systems-processes",
        text = "Experience of delivering transformation and change in relation to systems and processes" },
      competency { id = "leadership-business-systems-management",
        text = "Experience in a leadership business systems management function" },
      competency { id = "recruiting-staff-business-case-to-induction",
        text = "Experience of recruiting staff including writing a business case, obtaining approval, creating JD's, advertising, shortlisting and interview, offer and induction" },
      competency { id = "budgets-spending-trends-forecasting",
        text = "Experience of setting, managing, and effectively reporting on budgets, providing insight into spending trends to inform financial forecasting" },
    },
    skills = {
      competency { id = "proven-project-management-ability",
        text = "Proven project management ability" },
      competency { id = "service-management-methodologies",
        text = "Use of best practice service management methodologies" },
      competency { id = "presentations-staff-members-stakeholders",
        text = "Able to draft and deliver presentations to staff, members, and other key stakeholders on various service subjects" },
      -- Not analysing-information-alternative-solutions (the assistants' experience statement):
      -- this skill adds adapting to new ways of working.
      competency { id = "analyse-information-alternatives-adapting",
        text = "Ability to thoroughly analyse information and consider alternative solutions, adapting to new ways of working where necessary" },
      competency { id = "interpersonal-team-dynamics",
        text = "Strong interpersonal skills, with the ability to manage team dynamics with care and attention" },
      competency { id = "leadership-problem-solving-negotiation",
        text = "Superb leadership, problem-solving and negotiation skills" },
    },
  },
}
