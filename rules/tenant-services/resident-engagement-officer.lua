-- rules/tenant-services/resident-engagement-officer.lua
-- Tenant Services career progression framework, April 2025 (Housing ICT, Systems and Data Team):
-- Resident Engagement Officer. Level A / B / C columns are interleaved in the extracted text and
-- statements are split across lines ("customer- focussed", "under- represented" are words broken
-- at a line end, rejoined here).

local patterns = require "lib.patterns"

role {
  id = "tenant-services/resident-engagement-officer",
  title = "Resident Engagement Officer",
  posts = { "6815" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To develop and lead community engagement and social inclusion initiatives to build strong and sustainable neighbourhood for Medway Council tenants.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        gcse_text = "A minimum of 5 GCSE's (grades 4-9) including English and Maths",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "Full UK driving licence and daily use of a car" },
    },
    knowledge = {
      competency { id = "community-engagement-social-inclusion-principles",
        text = "An understanding of community engagement principles and social inclusion" },
      competency { id = "charter-white-paper-consumer-standards",
        text = "Awareness of the Charter for Social Housing Residents, Social Housing White Paper and Consumer Standards" },
      competency { id = "tenant-engagement-consultation-methods",
        text = "Knowledge of tenant engagement practices and methods for consultation." },
    },
    experience = {
      competency { id = "residents-communities-customer-focussed-role",
        text = "Experience working with residents or communities in a customer-focussed or support based role" },
      competency { id = "multi-agency-partnership-exposure",
        text = "Exposure to multi-agency working or partnership environments" },
      competency { id = "delivering-community-projects-involvement",
        text = "Involvement in delivering community projects or initiatives" },
    },
    skills = {
      competency { id = "communication-relationships-residents-stakeholders",
        text = "Good communication and interpersonal skills, with the ability to build relationships with residents and stakeholders" },
      competency { id = "coordinate-engagement-activities-events",
        text = "Organisational and time management skills to coordinate engagement activities and events" },
      competency { id = "data-handling-microsoft-excel",
        text = "Data handling skills, including gathering and interpreting information to inform decision making including being competent with the use of Microsoft Excel." },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/resident-engagement-officer",
        text = "Completion of role specific training as identified on the HRA tenant services training matrix" },
    },
    knowledge = {
      competency { id = "regulatory-standards-for-landlords",
        text = "Good understanding of regulatory requirements, including consumer standards" },
      competency { id = "data-insight-targeted-engagement-strategies",
        text = "Knowledge of how to use data and insights to inform targeted tenant engagement strategies" },
      competency { id = "diversity-inclusion-under-represented-groups",
        text = "Awareness of diversity and inclusion issues, particularly regarding under-represented groups" },
    },
    experience = {
      competency { id = "delivering-community-engagement-initiatives",
        text = "Experience of delivering successful community engagement or social inclusion initiatives" },
      competency { id = "data-targeted-engagement-activities",
        text = "Experience using data to develop targeted and impactful engagement activities" },
      competency { id = "diverse-communities-barriers-to-engagement",
        text = "Experience of having worked with diverse communities and addressing barriers to engagement" },
      competency { id = "funding-budgets-community-projects",
        text = "Participation in securing funding and managing budgets for community projects" },
    },
    skills = {
      competency { id = "engagement-programmes-design-evaluation",
        text = "Ability to design, implement, and monitor resident engagement programmes and evaluate their impact" },
      competency { id = "interpreting-data-engagement-improvements",
        text = "Skilled in interpreting data to inform engagement activities and service improvements" },
      competency { id = "managing-multiple-community-projects",
        text = "Competent in managing multiple projects, including budgeting and resource planning" },
      competency { id = "partnership-building-internal-external",
        text = "Effective partnership building skills with internal teams, service providers and external stakeholders" },
      competency { id = "coaching-mentoring-team-performance",
        text = "Able to use coaching and mentoring skills to improve performance of the team" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      -- Not patterns.cih_level_3_or_equivalent: the document names the equivalent, a
      -- qualification in customer/community engagement, not a housing one.
      any_of {
        id = "cih-level-3-or-equivalent",
        text = "Completion of level 3 Chartered Institute of Housing qualification or equivalent qualification in customer/community engagement",
        reading = "An achieved (completed) CIH qualification at Level 3 or above, or another achieved qualification at Level 3 or above in customer or community engagement.",
        cih { id = "cih-level-3", text = "Completion of level 3 Chartered Institute of Housing qualification", min_level = 3 },
        qualification { id = "engagement-level-3", text = "Equivalent qualification in customer/community engagement", min_level = 3, areas = { "customer_engagement" } },
      },
      patterns.cpd { id = "cpd", text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "community-cohesion-social-inclusion-best-practice",
        text = "Extensive knowledge of best practices for community cohesion and social inclusion, including innovative and evidence-based approaches" },
      competency { id = "data-analytics-tenant-profiling",
        text = "Advanced understanding of data analytics tools and techniques for tenant profiling and targeted engagement" },
    },
    experience = {
      competency { id = "leading-high-impact-engagement-projects",
        text = "Significant experience in designing and leading high-impact community engagement projects with measurable outcomes" },
      competency { id = "mentoring-coaching-team-capacity",
        text = "Evidence of mentoring and coaching colleagues to build capacity within the team" },
    },
    skills = {
      competency { id = "strategic-engagement-corporate-objectives",
        text = "Ability to lead on strategic initiatives, aligning tenant engagement with corporate objectives and regulatory standards" },
      competency { id = "hard-to-reach-groups-inclusive-consultation",
        text = "Advanced skills in engaging and mobilising hard-to-reach groups, using creative and inclusive consultation methods" },
    },
  },
}
