-- rules/tenant-services/senior-scheme-support-officer.lua
-- Tenant Services career progression framework, April 2025, Homes for Independent Living (HFIL):
-- Senior Scheme Support Officer (PN: 15989), Range 4. Levels 4A / 4B / 4C; B is "in addition to
-- level 4A", C "in addition to level 4A and 4B" (the engine makes the verdicts cumulative).

local patterns = require "lib.patterns"

role {
  id = "tenant-services/senior-scheme-support-officer",
  title = "Senior Scheme Support Officer",
  posts = { "15989" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "Assisting in the day-to-day operational management of the Homes for Independent Living service, including continuous service improvement and monitoring of contractors when on site. The postholder line manages the HFIL team and monitors and evaluates the service to ensure compliance with statutory requirements and the adoption of best practice approaches.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        gcse_text = "A minimum of 5 GCSE's (grades 4-9) including English and Maths",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
      qualification { id = "health-social-care-level-2",
        areas = { "health_social_care" }, min_level = 2,
        text = "Completion of a relevant Health and Social Care qualification, for example a diploma in adult care at least level 2",
        reading = "An achieved Health and Social Care qualification (e.g. a diploma in adult care) at RQF Level 2 or above; one still in progress does not count." },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "To have a full UK driving license and daily use of a car for work" },
    },
    knowledge = {
      competency { id = "adult-social-care-social-isolation",
        text = "Working knowledge of adult social care, to include social isolation" },
      competency { id = "housing-legislation-older-people",
        text = "A good understanding of Housing legislation for older people" },
      competency { id = "safeguarding-principles",
        text = "Knowledge of safeguarding principles" },
    },
    experience = {
      competency { id = "stakeholder-management-experience",
        text = "Experience of stakeholder management" },
      -- Asks for more than the Scheme Support Officer's "Experience of interacting with older
      -- people" (catalogue note): role-specific. No duration is stated: a judgement.
      competency { id = "track-record-working-with-older-people",
        text = "Proven track record of working with older people" },
      competency { id = "supervision-of-contractors-or-staff",
        text = "Experience of supervision of contractors or staff" },
    },
    skills = {
      competency { id = "manage-supervise-staff-and-contractors",
        text = "Ability to manage / supervise staff and contractors effectively" },
      competency { id = "professionalism-standards",
        text = "Ability to model high levels of professionalism and promote a culture of professional standards" },
      competency { id = "judgement-creativity-new-ways",
        text = "Ability to use own judgement and creativity to assess situations, solve problems and adapt to new ways of working" },
      competency { id = "interpersonal-communication-avoid-social-isolation",
        text = "Good interpersonal and communication skills, engaging with residents to avoid social isolation" },
      competency { id = "microsoft-word-excel-teams-outlook",
        text = "Ability to use Microsoft Word, Excel, Teams and Outlook" },
      competency { id = "excellent-customer-care",
        text = "Excellent customer care skills" },
      competency { id = "confidentiality",
        text = "Ability to maintain confidentiality at all times" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      training { id = "internal-management-training",
        training_id = "internal-management-training",
        text = "Achievement of internal management training" },
      patterns.role_training { id = "role-training",
        role = "tenant-services/senior-scheme-support-officer",
        text = "Completion of role specific training as identified on the HRA training matrix" },
    },
    knowledge = {
      competency { id = "hfil-engagement-activities-initiatives",
        text = "Knowledge of engagement activities and initiatives" },
      competency { id = "hfil-services-comprehensive-knowledge",
        text = "A comprehensive knowledge of HFIL Services" },
      competency { id = "hfil-systems-call-telecare-fire-alarms",
        text = "Knowledge of HFIL systems such as call systems, telecare devices and fire alarms" },
    },
    experience = {
      competency { id = "supervise-delegate-performance",
        text = "Effectively managed staff and to delegate tasks and ensure targets are met" },
      competency { id = "hfil-reviewing-policies-procedures",
        text = "Experience of reviewing policies and procedures to ensure effective and efficient service delivery" },
      competency { id = "routine-checks-hfil-systems",
        text = "Experience of carrying out routine checks on HFIL systems ensuring their effectiveness as contributing to the health, safety and wellbeing of tenants" },
      competency { id = "hfil-identifying-repairs-maintenance-on-site",
        text = "Experience of proactively identifying routine repairs and maintenance issues whilst on site to promote safe and healthy living conditions" },
    },
    skills = {
      -- Not the Senior Tenancy Management Officer's "informed, fair and effective decisions ...
      -- independently" (catalogue note): role-specific.
      competency { id = "hfil-informed-fair-decisions-tenant-issues",
        text = "The ability to make informed and fair decisions on tenant issues" },
      competency { id = "work-related-pressure",
        text = "Competent in dealing with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "housing-legislation-tenure-types",
        text = "A good understanding of Housing legislation regarding various tenure types" },
    },
    experience = {
      competency { id = "strategic-planning-team-objectives",
        text = "Evidence of strategic planning and aligning team objectives with broader goals" },
      competency { id = "hfil-managing-change-service-improvements",
        text = "Experience of managing change and to drive service improvements" },
    },
    skills = {
      competency { id = "creative-problem-solving",
        text = "Evidence of problem solving and creative ability" },
      competency { id = "staff-development-opportunities",
        text = "Identifies opportunities for staff development and progression" },
    },
  },
}
