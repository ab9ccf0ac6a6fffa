-- rules/housing-options/triage-officer.lua
-- Medway Council job description, Housing Options Triage Officer, MPR 3 (003_8ff88ecbbe2b2458.txt).
-- Person specification by Level A, B ("in addition to level A criteria") and C ("in addition to
-- levels A and B"); only each level's own statements are encoded, the engine makes verdicts
-- cumulative. "All criteria at level A are considered essential unless stated otherwise": the
-- document marks no criterion as desirable, so every criterion is essential.
--
-- Level C repeats two level B statements word for word ("Completion of role specific training as
-- identified during Performance Appraisal Review" and "Knowledge of the current Code of Guidance
-- for Local Authorities, Relevant Case Law and its application."). Each is encoded once, at level
-- B; level C requires them through the cumulative verdict. The document has no date and no post
-- number.
--
-- Role-specific competency ids whose wording is generic ("Able to work on own initiative", "Good
-- numeracy skills", caseload and record-keeping statements, ...) carry a `triage-` prefix so that
-- another role's differently worded statement cannot take the same id.

local patterns = require "lib.patterns"

role {
  id = "housing-options/triage-officer",
  title = "Housing Options Triage Officer",
  posts = {},
  grade = "MPR 3",
  framework = "Medway Council Job Profile",
  source = "003_8ff88ecbbe2b2458.txt",
  summary = "To be the first point of contact in a customer focused front line Housing Solutions Service, providing timely and sometimes immediate housing advice to customers on a range of housing options, information, guidance and signposting on available benefits and services, and referral to a Housing Officer if required. To provide homelessness prevention advice and to act in a supporting capacity to the Housing Options Officers carrying out homelessness needs assessments.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      -- The Rehousing framework's statement. Its members keep the ids the engine gives unnamed
      -- members (general-education.1 and .2), as this role's encoding always had.
      patterns.general_education { id = "general-education", level = 2, members_named = false,
        text = "A good standard of general education (e.g. Level 2, GCSEs) including Maths and English or Equivalent housing qualification at Level 2" },
    },
    knowledge = {
      competency { id = "housing-homelessness-legislation-understanding",
        text = "An understanding of the relevant legislation and regulations that applied to housing and homelessness" },
      competency { id = "housing-homelessness-issues-awareness",
        text = "An understanding and awareness of the issues affecting housing and homelessness" },
      competency { id = "causes-of-homelessness-social-exclusion",
        text = "Understanding of the causes of homelessness and social exclusion and approaches which seek to address this." },
      competency { id = "landlord-tenant-issues-recovering-possession",
        text = "An understanding of the issues affecting landlord and tenant including the grounds and process for recovering possession." },
      competency { id = "welfare-benefits",
        text = "Knowledge of the current welfare benefit systems" },
      competency { id = "tenancy-types-legal-ending",
        text = "A working knowledge of the different tenancy types and how they can be legally ended" },
      competency { id = "local-statutory-voluntary-agencies-awareness",
        text = "An awareness of the local agencies and services available to customers both statutory and voluntary" },
      competency { id = "homeless-households-issues",
        text = "Understanding of the needs and challenges facing people who are or have been homeless, including trauma; addiction, mental and physical health; exclusion and multiple disadvantages." },
      competency { id = "safeguarding-procedures",
        text = "Knowledge of safeguarding children and vulnerable adults' procedures as it affects the role" },
      competency { id = "rough-sleepers-welfare-benefits-challenges",
        text = "Understanding of welfare benefits and associated challenges faced by those sleeping rough" },
    },
    experience = {
      competency { id = "triage-front-line-interviewing",
        text = "Experience of “front line” interviewing" },
      competency { id = "comprehensive-housing-advice-casework-service",
        text = "Experience of providing comprehensive housing advice on a wide range of matters and delivering an efficient and effective casework service." },
      competency { id = "public-difficult-stressful-situations",
        text = "Experience of dealing with the public, often in difficult and stressful situations" },
      competency { id = "demanding-frontline-facing-service",
        text = "Experience of working in a demanding frontline facing service" },
      competency { id = "reports-letters-public-professionals",
        text = "Experience of writing letters and reports to customers, professionals and partner agencies" },
      competency { id = "demanding-environment-with-public",
        text = "Experience of working in a demanding environment with the public" },
      competency { id = "triage-keeping-good-accurate-records",
        text = "Experience of keeping good and accurate records" },
    },
    skills = {
      competency { id = "gather-analyse-interpret-exercise-judgement",
        text = "Ability to gather, analyse and interpret information and exercise judgement" },
      competency { id = "confidence-respect-staff-service-users",
        text = "Ability to gain, and retain, the confidence and respect of staff, service users and other contacts" },
      competency { id = "triage-work-on-own-initiative",
        text = "Able to work on own initiative" },
      competency { id = "prioritise-workload-deadlines",
        text = "Able to prioritise workloads and meet deadlines" },
      competency { id = "excellent-communication-all-levels",
        text = "Excellent communication skills at all levels" },
      competency { id = "triage-developed-negotiating-skills",
        text = "Developed negotiating skills" },
      competency { id = "communication-skills",
        text = "Good written and oral communications skills" },
      competency { id = "standard-ict-packages",
        text = "Be confident and competent with standard IT packages" },
      competency { id = "triage-proven-decision-making-skills",
        text = "Proven decision-making skills" },
      competency { id = "triage-good-numeracy-skills",
        text = "Good numeracy skills" },
      competency { id = "teamwork-share-learn-best-practice",
        text = "Able to work as part of a team and share/learn best practice, knowledge and expertise with/from colleagues" },
      competency { id = "customer-care-equal-opportunities",
        text = "Able to show a commitment to a high level of customer care and the Council's Equal Opportunities Policy" },
      competency { id = "responsibility-for-own-development",
        text = "Able to take responsibility for your own development" },
      competency { id = "triage-manage-a-caseload",
        text = "Able to manage a caseload" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      -- Not patterns.role_training: this training is identified at the Performance Appraisal
      -- Review, not in the Tenant Services HRA training matrix, and the reading names its id.
      training {
        id = "role-specific-training",
        text = "Completion of role specific training as identified during Performance Appraisal Review",
        training_id = "role-training/housing-options/triage-officer",
        reading = "A completed training record role-training/housing-options/triage-officer; training still in progress does not count.",
      },
    },
    knowledge = {
      competency { id = "landlord-tenant-law-recovering-possession",
        text = "Knowledge of landlord and tenant law, including the grounds and process for recovering possession." },
      competency { id = "code-of-guidance-case-law-application",
        text = "Knowledge of the current Code of Guidance for Local Authorities, Relevant Case Law and its application." },
      competency { id = "housing-act-1996-parts-6-7",
        text = "Knowledge of housing and homelessness legislation such as the Housing Act 1996; Homelessness Code of Guidance; and Homelessness Reduction Act 2017" },
      competency { id = "housing-options-relieve-prevent-homelessness",
        text = "Knowledge of the housing options and best practice available to relieve and prevent homelessness" },
      competency { id = "rough-sleeping-prevention-best-practice",
        text = "Knowledge of best practices and initiatives on preventing rough sleeping" },
    },
    experience = {
      competency { id = "housing-service-preventing-homelessness",
        text = "Experience of working in a housing service preventing homelessness",
        reading = "No length of experience is stated: any period counts, judged by a manager or assessor." },
      competency { id = "preventing-homelessness-negotiation-with-excluders",
        text = "Proven success in preventing homelessness through imaginative problem-solving and skilful negotiation with excluders." },
      competency { id = "working-relationships-partnership-services",
        text = "Experience of developing and sustaining effective working relationships and works successfully in partnership with other services and organisations." },
      competency { id = "complex-tasks-competing-demands",
        text = "Experience of managing a range of complex tasks, with competing demands, and successfully responding to changing circumstances and priorities." },
      competency { id = "triage-managing-large-caseload",
        text = "Proven experience of successfully managing a large caseload" },
      competency { id = "casework-joint-working-interagency-liaison",
        text = "Proven experience of casework management, joint working and interagency liaison." },
      competency { id = "triage-managing-complex-caseload",
        text = "Experience of managing a complex caseload" },
    },
    skills = {
      competency { id = "interpret-explain-complex-legislation",
        text = "Proven ability to interpret and explain complex legislation and guidance" },
      competency { id = "legal-political-policy-constraints",
        text = "Ability to work within legal, political and policy constraints and to follow internal procedures" },
      competency { id = "communicate-complex-sensitive-information",
        text = "Demonstrable ability to use well developed communication skills to present complex/sensitive information in an understandable way, to a range of audiences" },
      competency { id = "work-related-pressure",
        text = "Ability to deal with high levels of work-related pressure, for example from deadlines, interruptions or conflicting demands." },
      competency { id = "confrontational-situations",
        text = "Able to develop the ability to cope with and control confrontational situations" },
    },
  },

  level {
    id = "C", name = "Accomplished/Expert",
    -- The document repeats level B's "Completion of role specific training as identified during
    -- Performance Appraisal Review" here; it is required at C through level B (see the header).
    qualifications = {},
    knowledge = {
      competency { id = "housing-policies-case-law-part-6",
        text = "Understanding of housing policies, regulations and case laws including Part VI of the Housing Act 1996 (as amended)" },
      competency { id = "landlord-tenant-1985-eviction-harassment-acts",
        text = "Knowledge of Landlord and Tenant Legislation, the Housing Act 1985, Protection from Eviction Act 1977 and Protection from Harassment Act" },
      competency { id = "local-social-justice-healthcare-services",
        text = "Knowledge of local social, justice and healthcare services and an ability to navigate systems and pathways into services" },
      -- The document repeats level B's "Knowledge of the current Code of Guidance for Local
      -- Authorities, Relevant Case Law and its application." here: required at C through level B.
    },
    experience = {
      -- A fact and a judgement in one statement. rehousing/rehousing-officer has the same
      -- statement with the same ids; each keeps its own wording of the members and the reading
      -- (the Rehousing Officer's explains a word the document drops), so there is no pattern.
      all_of {
        id = "homeless-households-24-months",
        text = "At least 2 years’ experience evidencable successful outcomes with homeless households",
        reading = "At least 24 months of employment whose work included homelessness or temporary accommodation for homeless households (any employer; overlapping posts counted once), and a manager's or assessor's judgement that the work has evidencable successful outcomes with homeless households.",
        -- Temporary-accommodation work counts as work with homeless households: the source documents
        -- treat it so ("procuring temporary accommodation and move on accommodation", "households in
        -- temporary accommodation" among the homelessness duties), so a post tagged either counts.
        experience { id = "homelessness-24-months", months = 24, areas = { "homelessness", "temporary_accommodation" },
          text = "At least 2 years’ experience with homeless households" },
        competency { id = "successful-outcomes-homeless-households",
          text = "Evidencable successful outcomes with homeless households" },
      },
      competency { id = "in-depth-interviews-validate-evidence",
        text = "Experience of conducting in-depth interviews to obtain relevant information and validate evidence to complete accurate assessments" },
      competency { id = "s184-decision-letters",
        text = "Experience of writing and issuing detailed, legal and robust s184 decision letters" },
      competency { id = "high-performing-service-behaviours",
        text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours" },
      competency { id = "statutory-voluntary-partnership-experience",
        text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies." },
    },
    skills = {
      competency { id = "triage-imaginative-innovative-approach",
        text = "Adopts an imaginative and innovative approach." },
      competency { id = "supervise-coordinate-train-employees",
        text = "Demonstrable ability to supervise, co-ordinate or train other employees where required" },
      competency { id = "promote-good-performance-managing-workload",
        text = "Promote good performance, developing clear, structured and efficient ways of managing workload and delivering results, challenging themselves and others to perform well, and to adhere to the Council's performance management systems" },
      competency { id = "training-resources-self-development",
        text = "Demonstrate the effective and efficient use of the full range of training resources for self-development and efficiency within the role" },
    },
  },
}
