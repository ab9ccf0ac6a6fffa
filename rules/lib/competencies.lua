-- Shared competency catalogue: judgement statements that recur across roles.
-- One id per statement, so one assessed evidence record counts wherever the statement appears.
-- `text` is the canonical wording; `variants` lists the other wordings the documents use for
-- the same statement (each role shows its own wording). Ids never change once published.
--
-- Scope: knowledge, skill and experience statements that need a person's judgement and occur in
-- two or more roles of the five source documents (the roles of roles.md). Checkable facts
-- (qualifications, lengths of experience, CPD, training, driving) are typed criteria and are not
-- here; neither is "Experience of working in a social housing setting", which the employment
-- history decides. `category` is the category the statement is most often listed under.
-- Wordings are the documents', with PDF garbling repaired; variants ignore differences of case
-- and punctuation only. Merged wordings mean the same thing; where one wording asks for
-- noticeably more (a deeper level, a wider scope, an extra subject) it has its own id, or stays
-- role-specific, and a comment says so.
return {

  -- Housing and homelessness legislation, guidance and policy -----------------------------------

  -- The duties owed to single homeless persons (Localism Act 2011, statutory guidance) are a
  -- separate statement below.
  ["housing-act-1996-parts-6-7"] = {
    category = "knowledge",
    text = "Up to date knowledge of Part VI and Part VII of the Housing Act 1996 (as amended), the Homelessness Act 2002, Homelessness Reduction Act and any other relevant legislation as applicable",
    variants = {
      "Knowledge of Part VI and Part VII of the Housing Act 1996 (as amended), the Homelessness Act 2002, Homelessness Reduction Act and any other relevant legislation as applicable",
      "Detailed knowledge of the Housing law and legislation, including part VI and part VII of the Housing Act 1996 as amended",
      "Knowledge of housing and homelessness legislation such as the Housing Act 1996; Homelessness Code of Guidance; and Homelessness Reduction Act 2017",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "job-profiles/rehousing-officer",
      "housing-options/triage-officer",
    },
  },

  ["statutory-guidance-allocation-homelessness"] = {
    category = "knowledge",
    text = "Up to date knowledge of statutory guidance for allocation of social housing and homelessness",
    variants = {
      "Knowledge of statutory guidance for allocation of social housing and homelessness",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  -- The documents print "Part V1 and Part V11"; read as Part VI and Part VII.
  ["single-homeless-legislation-and-duties"] = {
    category = "knowledge",
    text = "Up to date knowledge of the legislation and duties owed to single homeless persons by the Council under The Homeless Reduction Act 2017, Part VI and Part VII of the Housing Act 1996, Homelessness Act 2002 & Localism Act 2011 including statutory guidance for allocation of social housing and homelessness",
    variants = {
      "Thorough knowledge of the legislation and duties owed to single homeless persons by the Council under The Homeless Reduction Act 2017, Part VI and Part VII of the Housing Act 1996, Homelessness Act 2002 & Localism Act 2011 including statutory guidance for allocation of social housing and homelessness",
    },
    roles = { "rehousing/senior-rehousing-officer", "rehousing/rehousing-team-leader" },
  },

  -- Not the Triage Officer's list (Housing Act 1985, Protection from Eviction Act 1977 and
  -- Protection from Harassment Act; no 1988 Act): role-specific.
  ["landlord-tenant-legislation"] = {
    category = "knowledge",
    text = "Knowledge of Landlord and Tenant Legislation, the Housing Act 1985 and 1988, the Protection from Eviction Act 1977",
    variants = {
      "Good knowledge of Landlord and Tenant Legislation, the Housing Act 1985 and 1988, the Protection from Eviction Act 1977",
    },
    roles = {
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "rehousing/senior-rehousing-officer",
    },
  },

  ["council-letting-obligations-hhsrs-decent-homes"] = {
    category = "knowledge",
    text = "Understanding of the relevant statutory obligations of the Council in letting and managing property, including HHSRS and Decent Homes Standard.",
    variants = {
      "Strong knowledge of the relevant statutory obligations of the Council in letting and managing property, including HHSRS and Decent Homes Standard.",
    },
    roles = {
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "rehousing/senior-rehousing-officer",
    },
  },

  ["homelessness-ta-policies"] = {
    category = "knowledge",
    text = "Knowledge of local, regional and national policies relating to homelessness and temporary accommodation.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["government-policy-housing-health-social-care"] = {
    category = "knowledge",
    text = "Up to date knowledge of Government policy in relation to housing, health, social care",
    variants = {
      "Up to date knowledge of Government policy in relation to housing, health, and social care",
    },
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["crime-and-disorder-act-agendas"] = {
    category = "knowledge",
    text = "Detailed understanding of Government agendas surrounding Crime and Disorder Act 1998.",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
    },
  },

  ["childrens-acts-care-act"] = {
    category = "knowledge",
    text = "A broad knowledge of the Children's Acts, Care Act and other relevant regulations involving vulnerable adults, young people and families",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
    },
  },

  ["national-local-housing-issues"] = {
    category = "knowledge",
    text = "Comprehensive knowledge and understanding of national and local housing issues and related policies.",
    roles = { "rehousing/rehousing-team-leader", "rehousing/rehousing-manager" },
  },

  ["housing-department-objectives"] = {
    category = "knowledge",
    text = "Knowledge and understanding of the Housing Department's objectives and policies and the ability to communicate these to colleagues and customers to help them understand decisions and service practises",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
    },
  },

  ["political-awareness"] = {
    category = "knowledge",
    text = "Good political awareness and personal sensitivity",
    variants = {
      "Sound political awareness and personal sensitive especially as it relates to working in a local authority",
      "Strong political awareness and personal sensitivity.",
    },
    roles = { "rehousing/rehousing-team-leader", "rehousing/rehousing-manager" },
  },

  ["political-context"] = {
    category = "skills",
    text = "Able to identify and respond to political context advising senior officers where required.",
    variants = {
      "Ability to identify and respond to political context advising senior officers where required.",
    },
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
    },
  },

  -- Listed under Skills (Assistant) and Experience (Visiting Officer, Officer).
  ["interpreting-legislation-customer-service"] = {
    category = "experience",
    text = "Proven knowledge and ability to interpret legislation and law and how it impacts customer service deliver.",
    variants = {
      "Ability to interpret legislation and law and how it impacts customer service deliver.",
      "Of interpreting legislation and law and how it impacts customer service deliver.",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["secure-tenants-housing-legislation"] = {
    category = "knowledge",
    text = "A good understanding of Housing legislation relating to secure tenants",
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["secure-tenants-housing-legislation-comprehensive"] = {
    category = "knowledge",
    text = "Comprehensive knowledge of housing legislation relating to secure tenants",
    variants = {
      "Comprehensive knowledge of housing legislation and statutory requirements relating to secure tenants",
    },
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["housing-policy-law-finance-ethics"] = {
    category = "knowledge",
    text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing",
    variants = {
      "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing and best practice",
    },
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/tenancy-manager",
      "tenant-services/senior-income-and-arrears-officer",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["occupancy-tenure-lettings"] = {
    category = "knowledge",
    text = "Comprehensive understanding of occupancy, tenure and lettings, delivery of housing services, sustainable communities and resident involvement",
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["regulatory-standards-for-landlords"] = {
    category = "knowledge",
    text = "A good understanding of Regulatory standards for landlords",
    variants = {
      "Good understanding of regulatory requirements, including consumer standards",
    },
    roles = {
      "tenant-services/data-and-insight-officer",
      "tenant-services/resident-engagement-officer",
      "tenant-services/data-and-insight-manager",
    },
  },

  -- The Tenancy Manager states this and policies-procedures-risk-assessments in one sentence
  -- ("Working knowledge of policies, procedures and risk assessments relevant to the role with in-
  -- depth knowledge of Regulatory standards in housing and their practical application"): encode it
  -- as an all_of of the two ids.
  ["regulatory-standards-in-depth"] = {
    category = "knowledge",
    text = "In-depth knowledge of Regulatory standards in housing and their practical application",
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  -- See regulatory-standards-in-depth for the Tenancy Manager's combined sentence.
  ["policies-procedures-risk-assessments"] = {
    category = "knowledge",
    text = "Working knowledge of policies, procedures and risk assessments relevant to the role",
    roles = {
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["social-housing-sector"] = {
    category = "knowledge",
    text = "Knowledge of the social housing sector",
    roles = {
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
    },
  },

  -- Homelessness, vulnerable people and support services ----------------------------------------

  ["homeless-households-issues"] = {
    category = "knowledge",
    text = "An understanding of the issues faced by households who are homeless",
    variants = {
      "Understanding of the needs and challenges facing people who are or have been homeless, including trauma; addiction, mental and physical health; exclusion and multiple disadvantages.",
    },
    roles = { "rehousing/assistant-rehousing-officer", "housing-options/triage-officer" },
  },

  ["temporary-accommodation-household-issues"] = {
    category = "knowledge",
    text = "Detailed knowledge of the issues faced by households in temporary accommodation",
    variants = {
      "Issues faced by households in temporary accommodation",
    },
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["procuring-temporary-accommodation"] = {
    category = "knowledge",
    text = "Detailed knowledge of procuring temporary accommodation and move on accommodation",
    roles = {
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "rehousing/senior-rehousing-officer",
    },
  },

  -- The Assistant's "Understanding of the range of housing options and support services available"
  -- asks for less: role-specific.
  ["housing-options-support-services"] = {
    category = "knowledge",
    text = "Well-developed knowledge of a range of available housing options and support services",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["services-beyond-housing"] = {
    category = "knowledge",
    text = "An awareness of all the services and support available to residents seeking help and accommodation including those beyond housing such as health and well-being, employment and education",
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["welfare-benefits-debt-advice"] = {
    category = "knowledge",
    text = "Up to date knowledge of and ability to provide advice on welfare, benefits and debt.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["welfare-benefits"] = {
    category = "knowledge",
    text = "Knowledge of welfare and benefits",
    variants = {
      "Knowledge of relevant welfare benefit regulations",
      "Relevant welfare benefit regulations",
      "Up to date knowledge of welfare benefits and welfare reforms",
      "Knowledge of the current welfare benefit systems",
    },
    roles = {
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "tenant-services/tenancy-management-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/senior-income-and-arrears-officer",
      "job-profiles/rehousing-officer",
      "housing-options/triage-officer",
    },
  },

  ["welfare-benefits-in-depth"] = {
    category = "knowledge",
    text = "In-depth knowledge of welfare benefits such as universal credit, housing benefit and council tax support",
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["homeless-relief-initiatives"] = {
    category = "knowledge",
    text = "Detailed working knowledge of homeless relief initiatives and their application and effectiveness",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/rehousing-team-leader" },
  },

  -- The Team Leader asks for a "Detailed understanding" of the same: kept role-specific.
  ["homelessness-wider-issues"] = {
    category = "knowledge",
    text = "Understanding of the wider issues impacting upon homelessness, the barriers facing people with severe and multiple disadvantages and the challenges involved in resolving rough sleeping",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["homelessness-system-pathways"] = {
    category = "knowledge",
    text = "Comprehensive knowledge of the housing and homelessness system and pathways and resettlement opportunities for vulnerable people",
    variants = {
      "Extensive knowledge of the housing and homelessness system and pathways and resettlement opportunities for vulnerable people",
    },
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
    },
  },

  ["other-agencies-statutory-voluntary"] = {
    category = "knowledge",
    text = "Detailed working knowledge of other agencies, both statutory and voluntary providing relevant advice and assistance to customers under alternative legislation and in all forms of tenure",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
    },
  },

  ["vulnerable-applicants-needs"] = {
    category = "knowledge",
    text = "A comprehensive knowledge and understanding of the housing and support needs of vulnerable applicants such as those with medical conditions or those fleeing domestic abuse.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/rehousing-team-leader" },
  },

  ["local-social-justice-healthcare-services"] = {
    category = "knowledge",
    text = "Knowledge of local social, justice and healthcare services and an ability to navigate systems and pathways into services",
    variants = {
      "Up to date knowledge of local social, justice and healthcare services and how to navigate systems and pathways into services",
    },
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
      "housing-options/triage-officer",
    },
  },

  ["psychologically-informed-trauma-informed-care"] = {
    category = "knowledge",
    text = "Working knowledge of psychologically informed principles and practice, strength-based approaches and trauma informed care",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
    },
  },

  ["trauma-informed-asset-based-setting"] = {
    category = "experience",
    text = "Experience of working in a trauma informed, asset-based approach setting with focus on putting the person at the centre of service delivery.",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
    },
  },

  ["domestic-abuse-mental-health-substance-misuse"] = {
    category = "knowledge",
    text = "Awareness of how issues such as domestic abuse, mental health and substance misuse can affect residents",
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["local-support-services-signposting"] = {
    category = "knowledge",
    text = "Knowledge of local support services, charities and agencies, including how to signpost residents to appropriate help. Includes awareness of pathways to access employment, education and training",
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["support-agencies-signposting-in-depth"] = {
    category = "knowledge",
    text = "In depth knowledge relating to support agencies, enabling effective signposting",
    roles = {
      "tenant-services/income-and-arrears-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["financial-inclusion"] = {
    category = "knowledge",
    text = "Familiarity with financial inclusion, budgeting advice and available grants or discretionary funding",
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["social-issues-affecting-tenants"] = {
    category = "knowledge",
    text = "Comprehensive understanding of social issues that may affect tenants such as poverty, isolation and domestic abuse",
    roles = {
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["strengths-severe-multiple-disadvantage"] = {
    category = "skills",
    text = "Ability to identify people's strengths and understand that impact of events in life on the individuals presenting behaviour (i.e., Severe Multiple Disadvantage)",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["empathetic-non-judgemental"] = {
    category = "skills",
    text = "Employ an empathetic and non-judgemental attitude towards service users.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["professional-boundaries"] = {
    category = "skills",
    text = "Ability to maintain professional boundaries.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["pressure-vulnerable-complex-needs"] = {
    category = "skills",
    text = "The capability to handle the pressure and responsibility of helping vulnerable people with very complex needs whilst remaining enthusiastic and motivated in a demanding role.",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
    },
  },

  ["homelessness-prevention-models"] = {
    category = "skills",
    text = "Ability to explore models of homelessness prevention and best practice, specifically in relation to personalisation, assertive outreach and the prevention of rough sleeping and provide recommendations to Partners on how to implement best-practice",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  -- Tenancy, income and housing management ------------------------------------------------------

  -- Not the ASB Officer's "... in relation to ASB" or the Operations Manager's neighbourhood
  -- management statement.
  ["tenancy-breach-strategies"] = {
    category = "knowledge",
    text = "In-depth understanding of strategies for managing tenancy breaches",
    variants = {
      "In-depth understanding of strategies to manage tenancy breaches",
    },
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/tenancy-manager",
    },
  },

  ["social-value-neighbourhood-development"] = {
    category = "knowledge",
    text = "Understanding of social value initiatives and approaches to neighbourhood development",
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/senior-tenancy-management-officer",
    },
  },

  ["social-value-neighbourhood-development-in-depth"] = {
    category = "knowledge",
    text = "In-depth understanding of social value initiatives and approaches to neighbourhood development",
    roles = { "tenant-services/tenancy-manager", "tenant-services/tenant-services-operations-manager" },
  },

  ["rent-collection-strategies"] = {
    category = "knowledge",
    text = "An in depth understanding of strategies used to manage rent collection",
    variants = {
      "In-depth knowledge of strategies used to manage rent collection",
    },
    roles = {
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["lone-worker-practices"] = {
    category = "knowledge",
    text = "Knowledge of lone worker practices",
    roles = { "tenant-services/tenancy-management-officer", "tenant-services/tenancy-sustainment-officer" },
  },

  ["housing-systems-knowledge"] = {
    category = "knowledge",
    text = "Good housing systems knowledge",
    roles = {
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["stakeholder-management-understanding"] = {
    category = "knowledge",
    text = "An understanding of stakeholder management",
    roles = { "tenant-services/senior-tenancy-management-officer", "tenant-services/tenancy-manager" },
  },

  ["tenancy-housing-management-requirements"] = {
    category = "knowledge",
    text = "Proven knowledge of tenancy and housing management and its requirements and guidelines and legislation, including safeguarding and health and safety",
    variants = {
      "Proven knowledge of tenancy and housing management and its requirements and guidelines, including equal opportunities, safeguarding and health and safety",
    },
    roles = { "tenant-services/tenancy-manager", "tenant-services/tenant-services-operations-manager" },
  },

  -- The Operations Manager's "... and strategies to manage complex situations" adds a second
  -- subject: role-specific.
  ["performance-management-knowledge"] = {
    category = "knowledge",
    text = "Knowledge and understanding of performance management",
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["procedural-knowledge-creative-solutions"] = {
    category = "knowledge",
    text = "Evidence of applying procedural knowledge to develop creative solutions and plans for service improvement",
    variants = {
      "Knowledge of applying procedural knowledge to develop creative solutions and plans for service improvements",
    },
    roles = {
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["familiarity-housing-management-systems"] = {
    category = "experience",
    text = "Familiarity with housing management systems and processes",
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["housing-management-systems-experience"] = {
    category = "experience",
    text = "Experience of Housing Management Systems and processes",
    variants = {
      "Experience of Housing Management systems",
    },
    roles = { "tenant-services/data-and-insight-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["tenancy-audits"] = {
    category = "experience",
    text = "Experience of carrying out regular tenancy audits capturing information, recording vulnerabilities and identifying cases of tenancy fraud",
    roles = {
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["rent-accounts-enforcement"] = {
    category = "experience",
    text = "Experience of successfully managing rent accounts and undertaking related enforcement.",
    variants = {
      "Successfully managing rent accounts and undertaking related enforcement",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  -- The income and arrears and the leasehold and Right To Buy versions concern other policies: role-
  -- specific.
  ["tenant-issue-decisions"] = {
    category = "skills",
    text = "Ability to apply Council policies and processes when making decisions on tenant issues",
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["council-ict-recording-crm"] = {
    category = "skills",
    text = "Ability to use Council ICT to accurately record resident information and interactions, including CRM",
    variants = {
      "Ability to use Council ICT to accurately record cases and interactions, including CRM",
      "Ability to use Council ICT to accurately record case information, evidence and interactions, including CRM",
    },
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["proactive-patch-management"] = {
    category = "skills",
    text = "Ability to proactively manage the patch, considering the bigger picture",
    variants = {
      "Evidence of proactively managing the patch, considering the bigger picture",
    },
    roles = { "tenant-services/tenancy-management-officer", "tenant-services/income-and-arrears-officer" },
  },

  ["tenancy-sustainment-action-plans"] = {
    category = "skills",
    text = "Ability to formulate clear and effective action plans for residents which enable tenancy sustainment",
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["tenancy-sustainment-proactive-approach"] = {
    category = "experience",
    text = "Evidence of taking a proactive approach to tenancy sustainment, using innovation in engagement activities and campaigns",
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["improvements-resident-satisfaction-evictions"] = {
    category = "experience",
    text = "Evidence of driving improvements across the service, enhancing resident satisfaction and reducing evictions",
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  -- Listed under Skills (Tenancy Sustainment Officer) and Experience (Income): category chosen as
  -- experience.
  ["lift-data-interventions"] = {
    category = "experience",
    text = "Experience of using available data in the Low Income Family Tracker (LIFT) to create proactive plans and target interventions",
    variants = {
      "Evidence of using available data in the Low-Income Family Tracker (LIFT) to create proactive plans and target interventions",
    },
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  -- Safeguarding, equality and information governance -------------------------------------------

  ["safeguarding-role-housing"] = {
    category = "knowledge",
    text = "Fully understands their role in the context of safeguarding children, young people and vulnerable adults, in a housing environment.",
    variants = {
      "Understands their role in the context of safeguarding children, young people and vulnerable adults",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["safeguarding-procedures"] = {
    category = "knowledge",
    text = "Knowledge of safeguarding children and vulnerable adults' procedures",
    variants = {
      "Knowledge of safeguarding children and vulnerable adults' procedures as it affects the role",
    },
    roles = { "rehousing/senior-rehousing-officer", "housing-options/triage-officer" },
  },

  ["safeguarding-inclusion-diversity-legislation"] = {
    category = "knowledge",
    text = "Knowledge of safeguarding, inclusion & diversity and legislation in relation to the role.",
    roles = { "rehousing/rehousing-team-leader", "rehousing/rehousing-manager" },
  },

  ["safeguarding-principles"] = {
    category = "knowledge",
    text = "Knowledge of safeguarding principles",
    variants = {
      "Knowledge and understanding of safeguarding principles",
    },
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
      "tenant-services/senior-scheme-support-officer",
    },
  },

  -- The Assistant's "An understanding of equality and diversity, data protection" asks for less:
  -- role-specific.
  ["equality-diversity-data-protection"] = {
    category = "knowledge",
    text = "Detailed knowledge of equality and diversity, data protection regulations and best practise",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  -- The Rehousing Manager lists it under both Knowledge and Skills.
  ["edi-challenges-homeless-people"] = {
    category = "knowledge",
    text = "Detailed knowledge of the equality, diversity and inclusion challenges faced by homeless people.",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
    },
  },

  ["edi-commitment-homeless-people"] = {
    category = "skills",
    text = "Demonstrating personal commitment to the equality, diversity and inclusion challenges faced by homeless people.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["equal-opportunities-application"] = {
    category = "knowledge",
    text = "Comprehensive knowledge and application of equal opportunities, responding positively to individual needs and circumstances",
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["customer-care-equal-opportunities"] = {
    category = "skills",
    text = "Able to show a commitment to a high level of customer care and the Council's Equal Opportunities Policy",
    roles = { "rehousing/rehousing-team-leader", "housing-options/triage-officer" },
  },

  ["edi-awareness"] = {
    category = "knowledge",
    text = "An awareness of equality, diversity and inclusion",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["confidentiality-data-protection-procedures"] = {
    category = "knowledge",
    text = "An awareness and understanding of confidentiality and data protection procedures",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  -- Awareness and understanding are separate ids: the Data and Insight Officer and the Housing
  -- Finance Officer ask for awareness at level A and a good understanding at level C.
  ["gdpr-awareness"] = {
    category = "knowledge",
    text = "An awareness of GDPR legislation and best practice in relation to information sharing",
    variants = {
      "An awareness of GDPR legislation and best practice in relating to information sharing",
    },
    roles = {
      "tenant-services/data-and-insight-officer",
      "tenant-services/housing-finance-officer",
      "tenant-services/housing-business-systems-analyst",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/scheme-support-officer",
    },
  },

  -- Some documents print "A good understand of" / "A understand of"; read as "understanding".
  ["gdpr-understanding"] = {
    category = "knowledge",
    text = "Understanding of GDPR and information sharing guidelines",
    variants = {
      "A good understanding of GDPR legislation and best practice in relation to information sharing",
      "An understanding of GDPR legislation and best practice in relation to information sharing",
      "An understanding of GDPR legislation and best practice in relating to information sharing",
      "A good understanding of GDPR legislation and best practice",
    },
    roles = {
      "tenant-services/data-and-insight-officer",
      "tenant-services/housing-finance-officer",
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/tenancy-management-assistant",
      "tenant-services/tenancy-management-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/tenancy-manager",
      "tenant-services/income-arrears-assistant",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["gdpr-and-fois"] = {
    category = "knowledge",
    text = "An understanding of GDPR and FOIs",
    roles = {
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
    },
  },

  ["confidentiality"] = {
    category = "skills",
    text = "Ability to maintain confidentiality at all times",
    roles = {
      "tenant-services/housing-finance-officer",
      "tenant-services/housing-business-systems-analyst",
      "tenant-services/tenancy-management-assistant",
      "tenant-services/income-arrears-assistant",
      "tenant-services/scheme-support-officer",
      "tenant-services/senior-scheme-support-officer",
    },
  },

  ["confidential-sensitive-data"] = {
    category = "experience",
    text = "Experience of dealing with confidential and sensitive data",
    roles = {
      "tenant-services/housing-finance-officer",
      "tenant-services/tenancy-management-assistant",
      "tenant-services/income-arrears-assistant",
      "tenant-services/scheme-support-officer",
    },
  },

  ["complaints-fois-member-enquiries"] = {
    category = "experience",
    text = "Experience of dealing with complaints, FOIs and/or Member Enquiries, with demonstrable evidence of using these to enhance service delivery.",
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
    },
  },

  -- Customers and communication -----------------------------------------------------------------

  ["empathic-sensitive-customer-handling"] = {
    category = "skills",
    text = "Empathic and able to deal with customers in a sensitive and appropriate manner in a demanding and challenging environment.",
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["complex-challenging-behaviour"] = {
    category = "experience",
    text = "Dealing with a wide range of people who may present complex and challenging behaviour.",
    roles = { "rehousing/assistant-rehousing-officer", "rehousing/rehousing-visiting-officer" },
  },

  -- The Visiting Officer lists the two halves as separate statements (complex-challenging-behaviour
  -- and a role-specific one).
  ["demanding-environment-challenging-behaviour"] = {
    category = "experience",
    text = "Experience of working in a demanding environment with a wide range of people who may present complex and challenging behaviour, delivering excellent customer service",
    roles = { "rehousing/rehousing-officer", "rehousing/senior-rehousing-officer" },
  },

  ["distressed-challenging-customers"] = {
    category = "experience",
    text = "Experience of dealing sensitively with distressed or challenging customers/service users",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/rehousing-team-leader" },
  },

  -- The Assistant's level A statement without "and to maintain control of challenging situations" is
  -- a separate, role-specific statement (the Assistant lists both).
  ["remain-calm-maintain-control"] = {
    category = "skills",
    text = "Ability to remain calm and able to make accurate and timely decisions whilst under pressure and to maintain control of challenging situations",
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["confrontational-situations"] = {
    category = "skills",
    text = "Able to cope with conflict and control confrontational situations",
    variants = {
      "Able to develop the ability to cope with and control confrontational situations",
    },
    roles = { "rehousing/rehousing-team-leader", "housing-options/triage-officer" },
  },

  ["conflict-management-challenging-behaviour"] = {
    category = "skills",
    text = "A track record of successful conflict management and dealing with individuals who present challenging behaviour",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["comprehensive-advice-assistance"] = {
    category = "experience",
    text = "Experience of providing comprehensive advice and assistance.",
    variants = {
      "Of providing comprehensive advice and assistance",
      "Providing comprehensive advice and assistance.",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["comprehensive-advice-all-housing-matters"] = {
    category = "experience",
    text = "Experience of providing comprehensive advice and assistance on all housing matters and related issues",
    variants = {
      "Providing comprehensive advice and assistance on all housing matters and related issues",
    },
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["interview-applicants"] = {
    category = "skills",
    text = "The ability to interview applicants skilfully and sensitively to elicit as much information as possible and give the appropriate advice",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  -- The Assistant's "Good interpersonal skills and a proven ability to communicate effectively" asks
  -- for less: role-specific.
  ["interpersonal-communication-all-levels"] = {
    category = "skills",
    text = "Good interpersonal skills and a proven ability to communicate effectively at all levels and to a range of customers and present information sensitively and persuasively.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  -- The Income Tenancy Sustainment Officer's "Ability to communicate effectively with stakeholders"
  -- stands where the Tenancy Sustainment Officer has "Communication skills".
  ["communication-skills"] = {
    category = "skills",
    text = "Communication skills",
    variants = {
      "Good communication skills",
      "Good written and oral communications skills",
      "Ability to communicate effectively with stakeholders",
      "Ability to communicate effectively to a broad range of stakeholders",
    },
    roles = {
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/housing-rents-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "housing-options/triage-officer",
      "residents-services/rehousing-officer",
    },
  },

  ["clear-concise-information"] = {
    category = "skills",
    text = "The ability to develop and present written or verbal information in a clear and concise manner.",
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["present-complex-information-reports"] = {
    category = "skills",
    text = "Ability to present complex information and reports in a concise and clear manner either orally or in writing.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["communication-writing-presentation"] = {
    category = "skills",
    text = "Excellent communication, writing and presentation skills with experience of effective communication to a range of audiences including senior management, professionals and service users.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  -- Not the Medway job profile's "... complex/varied information ...": role-specific.
  ["communicate-complex-sensitive-information"] = {
    category = "skills",
    text = "Ability to use well developed communication skills to present complex/sensitive information in an understandable way, to a range of audiences",
    variants = {
      "Able to use well developed communication skills to present complex/sensitive information in an understandable way, to a range of audiences",
      "Demonstrable ability to use well developed communication skills to present complex/sensitive information in an understandable way, to a range of audiences",
      "Developed communication skills with the ability to present complex and/or sensitive information in an understandable way, using a variety of methods across a range of audiences",
    },
    roles = {
      "rehousing/rehousing-team-leader",
      "tenant-services/housing-finance-officer",
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
      "housing-options/triage-officer",
    },
  },

  ["written-oral-communication-tailored"] = {
    category = "skills",
    text = "Excellent written and oral communication skills, tailoring to the needs of the audience",
    variants = {
      "Excellent written and verbal communication skills to adapt information to a variety of audiences",
    },
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
    },
  },

  ["reports-letters-public-professionals"] = {
    category = "experience",
    text = "Experience of producing detailed and accurate reports and letters to the public and other professionals",
    variants = {
      "Experience of writing letters and reports to customers, professionals and partner agencies",
    },
    roles = { "rehousing/meam-coordinator", "housing-options/triage-officer" },
  },

  ["exchange-basic-information"] = {
    category = "skills",
    text = "Effectively exchange basic information, both orally and in writing",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["customer-care-adapting-services"] = {
    category = "skills",
    text = "Excellent customer care skills, with experience of adapting services, where possible, to meet customer needs and can take the initiative to work with other agencies where necessary",
    variants = {
      "Excellent customer care skills, with experience of adapting services, where possible, to meet customer needs and can take the initiative to work with other agencies and stakeholders where necessary",
      "Excellent customer care skills, with experience of adapting services, where possible, to meet resident needs and can take the initiative to work with other agencies where necessary",
    },
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["excellent-customer-care"] = {
    category = "skills",
    text = "Excellent customer care skills",
    roles = { "tenant-services/scheme-support-officer", "tenant-services/senior-scheme-support-officer" },
  },

  ["interpersonal-telephone-manner-good"] = {
    category = "skills",
    text = "Good interpersonal skills with a confident telephone manner, and the ability to create a welcoming environment for members of the public, staff and stakeholders",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["interpersonal-telephone-manner-excellent"] = {
    category = "skills",
    text = "Excellent interpersonal skills with a confident telephone manner, and the ability to create a welcoming environment for members of the public, staff and stakeholders",
    roles = { "tenant-services/housing-finance-officer", "tenant-services/scheme-support-officer" },
  },

  -- Partnerships and stakeholders ---------------------------------------------------------------

  ["statutory-voluntary-partnership-experience"] = {
    category = "experience",
    text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies",
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
      "housing-options/triage-officer",
    },
  },

  ["statutory-voluntary-partnership-ability"] = {
    category = "skills",
    text = "Ability to building relationships with and work positively in partnership with a range of statutory and voluntary agencies.",
    variants = {
      "Ability to building relationships with and work positively in partnership with a range of statutory and voluntary agencies and other professions to achieve good outcomes for the service user group, e.g., mental health services, criminal justice agencies, community groups, etc",
    },
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["joint-multi-agency-working"] = {
    category = "experience",
    text = "Experience of effective joint working, successful multi agency working and operating in a demanding working environment.",
    variants = {
      "Effective joint working, successful multi agency working and operating in a demanding working environment.",
      "Of effective joint working and successful multi agency working",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "rehousing/senior-rehousing-officer",
      "rehousing/rehousing-team-leader",
    },
  },

  ["negotiating-complex-housing-situations"] = {
    category = "experience",
    text = "Experience of negotiating with other statutory, community-based and the advocacy organisations to find bespoke solutions to complex housing situations",
    variants = {
      "Negotiating with other statutory, community-based and the advocacy organisations to find bespoke solutions to complex housing situations",
      "Negotiating with other statutory, community-based and the advocacy organisations to find solutions to complex housing situations",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["collaborative-homelessness-prevention"] = {
    category = "experience",
    text = "Experience of working collaboratively and proactively with other services and organisations to prevent homelessness and meet housing need.",
    variants = {
      "Working collaboratively and proactively with other services and organisations to prevent homelessness and meet housing need.",
    },
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  -- Not the Residents Services profile's "Ability to work across service boundaries and to liaise
  -- effectively with Registered Providers and other key stakeholders": role-specific.
  ["cross-boundary-partnership"] = {
    category = "skills",
    text = "The ability to work across boundaries in partnership with all housing sectors and partner agencies.",
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["represent-the-service"] = {
    category = "skills",
    text = "Ability to represent the service by developing and maintaining effective relationships with internal and external representatives and other bodies.",
    variants = {
      "Ability to represent the service by developing and maintaining effective relationships with internal and external representatives",
    },
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  ["networks-of-contacts"] = {
    category = "skills",
    text = "The ability to build wide and effective networks of contacts inside and outside the organisation",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["negotiate-broker-housing-solutions"] = {
    category = "skills",
    text = "The ability to negotiate both with homeless people and on their behalf to broker housing solutions.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["negotiation-problem-solving"] = {
    category = "skills",
    text = "Well-developed negotiation and problem-solving skills.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["common-goal-teamwork"] = {
    category = "skills",
    text = "Work with others to reach a common goal; sharing information, supporting colleagues and searching out expertise and solutions from relevant partners and/or communities we serve.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["brokering-partnerships"] = {
    category = "skills",
    text = "Proven ability in brokering and leading partnerships internally and externally",
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
    },
  },

  -- Kept apart from brokering-partnerships: complex, high level partnerships are a higher bar. The
  -- Rehousing Manager lists it under both Knowledge and Skills.
  ["brokering-complex-partnerships"] = {
    category = "skills",
    text = "Proven ability in brokering and leading complex, high level partnerships internally and externally",
    variants = {
      "Proven ability in brokering and leading complex partnerships internally and externally",
    },
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
    },
  },

  ["influencing-stakeholder-management"] = {
    category = "skills",
    text = "Strong influencing and stakeholder management skills and the ability to build relationships at all levels",
    variants = {
      "Strong influencing and stakeholder management skills with an ability to build relationships at all levels including at a political and senior management level",
    },
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
    },
  },

  ["stakeholder-communication-negotiation"] = {
    category = "experience",
    text = "Experience of stakeholder communication, management and negotiation, to a range of audiences including senior management, service professionals and service users to achieve service objective.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/rehousing-team-leader" },
  },

  ["stakeholder-engagement"] = {
    category = "experience",
    text = "Experience of stakeholder engagement",
    variants = {
      "Experience of both internal and external stakeholder engagement",
    },
    roles = { "tenant-services/data-and-insight-officer", "tenant-services/data-and-insight-manager" },
  },

  ["stakeholder-management-experience"] = {
    category = "experience",
    text = "Experience of stakeholder management",
    roles = { "tenant-services/scheme-support-officer", "tenant-services/senior-scheme-support-officer" },
  },

  ["productive-stakeholder-relationships"] = {
    category = "experience",
    text = "Experience of building productive relationships with stakeholders to resolve complex issues and support residents",
    variants = {
      "Build productive relationships with stakeholders to resolve complex issues and support residents",
    },
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["interagency-working"] = {
    category = "experience",
    text = "Experience of developing and sustaining successful and productive interagency working for the benefit of all residents",
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["working-relationships-subject-matter-experts"] = {
    category = "skills",
    text = "Ability to build effective working relationships with colleagues and stakeholders, collaborating and acting on advice given by subject matter experts to improve services where appropriate",
    variants = {
      "Ability to build effective working relationships with colleagues and stakeholders, collaborating and acting on advice from subject matter experts where appropriate",
    },
    roles = {
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["relationship-management-interpersonal"] = {
    category = "skills",
    text = "Honed relationship management and interpersonal skills",
    variants = {
      "Relationship management and interpersonal skills",
    },
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  -- Casework and service delivery ---------------------------------------------------------------

  -- Not the Rehousing Officer's "assessment and determination of applications for assistance under
  -- the provision of the Housing Acts": role-specific.
  ["assessing-social-housing-applications"] = {
    category = "experience",
    text = "Experience of assessing applications for social housing",
    variants = {
      "Of assessing applications for social housing",
      "Experience in using an allocations framework and assessing applications for housing need",
    },
    roles = { "rehousing/assistant-rehousing-officer", "job-profiles/rehousing-officer" },
  },

  -- Judgement part only: the two years are a typed experience criterion; encode the statement as an
  -- all_of of both.
  ["successful-outcomes-homeless-households"] = {
    category = "experience",
    text = "Experience with evidencable successful outcomes working with homeless households",
    variants = {
      "At least 2 years' experience with evidencable successful outcomes working homeless households",
      "At least 2 years' experience evidencable successful outcomes with homeless households",
    },
    roles = { "rehousing/rehousing-officer", "housing-options/triage-officer" },
  },

  -- Running such a service (Team Leader, Manager) is a different statement, and the two are worded
  -- for different settings.
  ["high-demand-service"] = {
    category = "experience",
    text = "Demonstrable experience of working within a service with high levels of demand, significant time pressure and conflicting priorities",
    variants = {
      "Working within a service with high levels of demand, significant time pressure and conflicting priorities.",
    },
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  -- The Assistant's bare "Of working within a team" asks for less: role-specific.
  ["team-shared-objectives"] = {
    category = "experience",
    text = "Experience of working in a team and contributing to shared objectives",
    variants = {
      "Experience of working within a team and contributing to shared objectives",
      "Experience of working within a team and of proactively working towards joint targets",
      "Working within a team and of proactively working towards joint targets",
    },
    roles = {
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "rehousing/senior-rehousing-officer",
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["complex-investigations-casework"] = {
    category = "experience",
    text = "Conducting complex investigations, enquiries, interviews and casework management, with a focus on positive outcomes and preventing homelessness.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["investigations-reviews-complex-cases"] = {
    category = "experience",
    text = "Extensive experience of conducting thorough investigations and reviews of complex cases, with a focus on positive outcomes and preventing further escalation.",
    roles = { "rehousing/rehousing-team-leader", "rehousing/rehousing-manager" },
  },

  ["accessing-all-accommodation"] = {
    category = "experience",
    text = "Experience of accessing all forms of accommodation, including different tenures and supported accommodation.",
    variants = {
      "Accessing all forms of accommodation, including different tenures and supported accommodation.",
    },
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["decent-homes-hhsrs-application"] = {
    category = "experience",
    text = "Experience in the application of the Decent Homes Standard and/or the Housing Health and Safety Rating System",
    variants = {
      "In the application of the Decent Homes Standard and/or the Housing Health and Safety Rating System",
    },
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["new-ways-of-working-projects"] = {
    category = "experience",
    text = "Experience of developing new ways of working, collating and evaluating monitoring information, and initiating and managing new projects.",
    variants = {
      "Developing new ways of working, collating and evaluating monitoring information, and initiating and managing new projects.",
    },
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["high-performing-service-behaviours"] = {
    category = "experience",
    text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours",
    roles = {
      "rehousing/assistant-rehousing-officer",
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
      "housing-options/triage-officer",
    },
  },

  ["data-sources-conclusions"] = {
    category = "experience",
    text = "Experience of interpreting and utilising a range of different information and data sources, including financial, statistical, and qualitative data and presenting conclusions and implications.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/rehousing-team-leader" },
  },

  ["overcoming-resistance-to-change"] = {
    category = "experience",
    text = "Demonstrable experience of overcoming resistance to change at all levels.",
    variants = {
      "Extensive, demonstrable experience of overcoming resistance to change at all levels.",
    },
    roles = { "rehousing/rehousing-team-leader", "rehousing/rehousing-manager" },
  },

  ["identifying-problems-taking-action"] = {
    category = "experience",
    text = "Experience of identifying potential problems and taking appropriate action",
    variants = {
      "Experience with identifying potential problems and taking appropriate action",
    },
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["change-programmes-contribution"] = {
    category = "experience",
    text = "Experience of actively contributing to change programmes and offering input to shape decisions",
    roles = {
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/tenancy-sustainment-officer-income",
    },
  },

  ["drive-service-improvements-innovation"] = {
    category = "experience",
    text = "Drive service improvements, introducing innovation and enhancing the resident experience",
    variants = {
      "Drive service improvements, introducing innovations and enhancing tenant satisfaction",
      "Drive service improvements, introducing innovation and enhance the resident experience",
    },
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["strategic-planning-team-objectives"] = {
    category = "experience",
    text = "Evidence of strategic planning and aligning team objectives with broader goals",
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/senior-scheme-support-officer",
    },
  },

  ["service-strategies-team-objectives"] = {
    category = "experience",
    text = "Contribute to service strategies, setting team objectives aligned with broader goals",
    roles = {
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["objective-plans-realistic-targets"] = {
    category = "experience",
    text = "Experience of developing objective plans to meet the needs of the service, setting realistic targets and developing ways of using information for solutions",
    variants = {
      "Develop objective plans to meet the needs of the service, setting realistic targets and developing ways of using information for solutions",
    },
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["change-opportunities-business-proposals"] = {
    category = "experience",
    text = "Experience of identifying opportunities to implement change within the service, developing sound business proposals which clearly set out rationale, methodology, supporting data and intended outcomes",
    variants = {
      "Evidence of identifying opportunities to implement change within the service, developing sound business proposals which clearly set out rationale, methodology, supporting data and intended outcomes",
    },
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  -- The Operations Manager lists it under both Experience and Skills.
  ["continuous-improvement-culture"] = {
    category = "skills",
    text = "Ability to foster a culture of continuous improvement and a proven track record in the successful development and implementation of fundamental improvement/change programmes, ensuring plans are focussed and meet service requirements",
    variants = {
      "Evidence of fostering a culture of continuous improvement, including successfully developing and implementing improvement/change programmes, ensuring business plans are focussed and meet service requirements",
    },
    roles = {
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["over-complication-innovation"] = {
    category = "skills",
    text = "Actively seek ways to prevent over-complication or confusion of service delivery through innovation, being open to change and the removal of barriers including challenging negative behaviours.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["new-services-innovation"] = {
    category = "skills",
    text = "Ability to identify, implement and promote new services in an innovative way.",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  ["deputising-for-manager"] = {
    category = "experience",
    text = "Experience of deputising for manager",
    roles = {
      "tenant-services/housing-business-systems-analyst",
      "tenant-services/housing-service-improvement-manager",
    },
  },

  -- Information, data and ICT -------------------------------------------------------------------

  -- Not merged: "Ability to use Microsoft Word, Excel, Teams and Outlook" (a fixed list, below),
  -- "Excellent ICT skills ..." (below), and the role-specific "Excellent IT skills ..." (Assistant),
  -- "High level of IT skills ..." (Residents Services) and "Proficient in the use of relevant
  -- computer applications including Microsoft Office" (Systems Analyst).
  ["standard-ict-packages"] = {
    category = "skills",
    text = "Competent user of standard ICT packages, e.g. Word, Excel, Outlook and PowerPoint",
    variants = {
      "Be confident and competent with standard IT packages",
      "Is proficient in the use of IT and Microsoft office programs such as Outlook, Word and Excel",
      "Ability to use Microsoft packages including Excel, Word and PowerPoint",
      "Proficient at using Microsoft packages such as word/Excel/PowerPoint",
      "Able to use Microsoft packages such as Word, Excel and PowerPoint",
    },
    roles = {
      "rehousing/rehousing-visiting-officer",
      "rehousing/rehousing-officer",
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "rehousing/rehousing-team-leader",
      "rehousing/rehousing-manager",
      "tenant-services/data-and-insight-officer",
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/housing-rents-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
      "job-profiles/rehousing-officer",
      "housing-options/triage-officer",
    },
  },

  ["microsoft-word-excel-teams-outlook"] = {
    category = "skills",
    text = "Ability to use Microsoft Word, Excel, Teams and Outlook",
    roles = {
      "tenant-services/housing-finance-officer",
      "tenant-services/tenancy-management-assistant",
      "tenant-services/income-arrears-assistant",
      "tenant-services/scheme-support-officer",
      "tenant-services/senior-scheme-support-officer",
    },
  },

  ["excellent-ict-microsoft-office"] = {
    category = "skills",
    text = "Excellent ICT skills including Microsoft Office packages",
    variants = {
      "Excellent ICT skills including Microsoft packages such as excel, PowerPoint and word",
    },
    roles = { "tenant-services/data-and-insight-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["excellent-ict-housing-management-systems"] = {
    category = "skills",
    text = "Excellent ICT skills including Microsoft Office packages and experience of housing management systems",
    variants = {
      "Excellent ICT skills including Microsoft office packages and experience of using housing management systems to manage and monitor workloads",
    },
    roles = { "tenant-services/tenancy-manager", "tenant-services/tenant-services-operations-manager" },
  },

  ["specialist-ict-packages"] = {
    category = "experience",
    text = "Experience of confidently using specialist ICT packages relevant to the service area, for example Business Objects or Power BI to enhance service delivery",
    variants = {
      "Experience of confidently using specialist IT packages relevant to landlord services",
    },
    roles = { "tenant-services/data-and-insight-officer", "tenant-services/housing-finance-officer" },
  },

  ["interpret-data-prepare-reports"] = {
    category = "skills",
    text = "Ability to interpret data and prepare reports as required, demonstrating precision and speed",
    variants = {
      "Ability to interpret data and prepare financial / management / project reports as required, demonstrating precision and speed",
    },
    roles = { "tenant-services/data-and-insight-officer", "tenant-services/housing-finance-officer" },
  },

  ["analysing-data"] = {
    category = "experience",
    text = "Experience of analysing data",
    variants = {
      "Experience of basic data analysis",
    },
    roles = {
      "tenant-services/data-and-insight-officer",
      "tenant-services/housing-business-systems-analyst",
    },
  },

  ["data-systems-strategic-decisions"] = {
    category = "experience",
    text = "Experience of analysing data and systems to inform strategic decision making",
    roles = {
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
    },
  },

  -- Listed under Skills (Systems Analyst) and Experience (Service Improvement Manager): category
  -- chosen as skills.
  ["applied-sql"] = {
    category = "skills",
    text = "Applied use of Structured Query Language (SQL) data extraction and reporting tools",
    variants = {
      "Applied use of SQL.",
    },
    roles = {
      "tenant-services/housing-business-systems-analyst",
      "tenant-services/housing-service-improvement-manager",
    },
  },

  ["troubleshoot-issues"] = {
    category = "skills",
    text = "Ability to troubleshoot issues in a timely and effective manner to maintain good service",
    roles = {
      "tenant-services/housing-business-systems-analyst",
      "tenant-services/data-and-insight-manager",
    },
  },

  ["workflow-ict-system-administration"] = {
    category = "knowledge",
    text = "Advanced knowledge relating to workflow-based ICT including system administration functions",
    roles = {
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
    },
  },

  ["medway-systems-infrastructure"] = {
    category = "knowledge",
    text = "Detailed knowledge of Medway's systems and technical infrastructure",
    roles = {
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
    },
  },

  ["service-management-methodologies"] = {
    category = "skills",
    text = "Use of best practice service management methodologies",
    roles = {
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/housing-ict-systems-and-data-manager",
    },
  },

  -- The Operations Manager adds a second sentence ("Ability to use these skills to present plans and
  -- cases to improve services"): encode that part as role-specific.
  ["analytical-skills-complex-information"] = {
    category = "skills",
    text = "Analytical skills to interpret complex information and situations",
    roles = {
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["record-keeping-decision-making"] = {
    category = "skills",
    text = "Accurate record keeping, uses appropriate methods to communicate and record interactions and the decision-making process",
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["rational-judgements"] = {
    category = "skills",
    text = "Can make rational judgements from the available information and analysis",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  -- Listed under Knowledge (Visiting Officer) and Skills (Officer): category chosen as knowledge.
  ["larger-system-understanding"] = {
    category = "knowledge",
    text = "Demonstrates an understanding of how one issue may be a part of a much larger system",
    roles = { "rehousing/rehousing-visiting-officer", "rehousing/rehousing-officer" },
  },

  -- Personal effectiveness ----------------------------------------------------------------------

  -- In the Medway job profile this is option (i) of a "Demonstrates the ability to either: ..."
  -- statement (an any_of).
  ["work-related-pressure"] = {
    category = "skills",
    text = "Ability to deal with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands.",
    variants = {
      "The ability to deal with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands",
      "Competent in dealing with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands",
      "Ability to deal with high levels of work-related pressure, for example from deadlines, interruptions or conflicting demands.",
      "deal with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands",
    },
    roles = {
      "tenant-services/housing-finance-officer",
      "tenant-services/scheme-support-officer",
      "tenant-services/senior-scheme-support-officer",
      "job-profiles/rehousing-officer",
      "housing-options/triage-officer",
    },
  },

  ["prioritise-workload-deadlines"] = {
    category = "skills",
    text = "Effective prioritisation of tasks and ability to meet deadlines",
    variants = {
      "Ability to organise and prioritise workload to achieve deadlines",
      "Ability to organise and prioritise workload to meet deadlines",
      "Able to prioritise workloads and meet deadlines",
    },
    roles = {
      "tenant-services/data-and-insight-officer",
      "tenant-services/housing-finance-officer",
      "tenant-services/tenancy-management-assistant",
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-arrears-assistant",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
      "tenant-services/scheme-support-officer",
      "housing-options/triage-officer",
    },
  },

  ["organisation-prioritisation-complex-programme"] = {
    category = "skills",
    text = "Highly effective organisational and prioritisation skills, managing a demanding and complex work programme with rapidly changing and competing priorities.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["work-within-defined-procedures"] = {
    category = "skills",
    text = "Ability to work within defined procedures and to work independently, using initiative to deal with situations, referring to supervisor/line manager for unusual or difficult problems",
    variants = {
      "Ability to work within defined procedures and to work independently, using initiative to deal with situations, referring to line manager for unusual or difficult problems",
    },
    roles = {
      "tenant-services/housing-finance-officer",
      "tenant-services/tenancy-management-assistant",
      "tenant-services/income-arrears-assistant",
      "tenant-services/scheme-support-officer",
    },
  },

  ["legal-political-policy-constraints"] = {
    category = "skills",
    text = "Able to work within legal, political and policy constraints and to follow internal procedures",
    variants = {
      "Ability to work within legal, political and policy constraints and to follow internal procedures",
    },
    roles = { "rehousing/rehousing-team-leader", "housing-options/triage-officer" },
  },

  ["judgement-creativity-new-ways"] = {
    category = "skills",
    text = "Ability to use own judgement and creativity to assess situations, solve problems and adapt to new ways of working",
    roles = {
      "tenant-services/data-and-insight-officer",
      "tenant-services/housing-finance-officer",
      "tenant-services/scheme-support-officer",
      "tenant-services/senior-scheme-support-officer",
    },
  },

  ["creative-problem-solving"] = {
    category = "skills",
    text = "Problem solving and creative ability",
    variants = {
      "Evidence of problem solving and creative ability",
      "Ability to problem solve with creative ability",
      "Ability to independently problem solve with creative ability",
      "Ability to be creative, to be able to identify problems and work to create solutions",
    },
    roles = {
      "rehousing/senior-rehousing-officer",
      "rehousing/meam-coordinator",
      "tenant-services/housing-business-systems-analyst",
      "tenant-services/data-and-insight-manager",
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/tenancy-management-officer",
      "tenant-services/tenancy-sustainment-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/income-and-arrears-officer",
      "tenant-services/leasehold-and-right-to-buy-officer",
      "tenant-services/tenancy-sustainment-officer-income",
      "tenant-services/senior-income-and-arrears-officer",
      "tenant-services/senior-scheme-support-officer",
    },
  },

  ["professional-development"] = {
    category = "skills",
    text = "Ability to keep abreast of relevant professional developments and to undertake training for the post.",
    variants = {
      "Willingness to keep abreast of relevant professional developments and to undertake training for the post.",
    },
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["teamwork-cooperative-approach"] = {
    category = "skills",
    text = "Excellent teamwork and interpersonal skills, maintaining a highly cooperative approach to supporting colleagues and partners in achieving desired outcomes for service users.",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["professionalism-standards"] = {
    category = "skills",
    text = "Ability to model high levels of professionalism and promote a culture of professional standards",
    roles = { "tenant-services/scheme-support-officer", "tenant-services/senior-scheme-support-officer" },
  },

  -- Qualifications (judgement part) --------------------------------------------------------------

  -- Willingness is a judgement, but enrolment on (or achievement of) the qualification shows it:
  -- every role encodes the statement as
  --   any_of { id = "cih-level-4-willingness", text = <wording>, reading = <the same reading>,
  --     cih { id = "cih-level-4-working-towards", min_level = 4, working_towards = true, ... },
  --     competency { id = "willingness-cih-level-4", text = <wording> } }
  ["willingness-cih-level-4"] = {
    category = "qualifications",
    text = "Willingness to work towards level 4 Chartered Institute of Housing qualification",
    variants = {
      "Willingness to work toward level 4 Chartered Institute of Housing qualification",
    },
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  -- Leading and managing people -----------------------------------------------------------------

  ["oversee-evaluate-work"] = {
    category = "skills",
    text = "Ability to oversee and evaluate the work of others, providing advice, guidance, support and challenge",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["motivate-drive-kpis"] = {
    category = "skills",
    text = "Ability to motivate and drive services to deliver case objectives and meeting key performance indicators",
    roles = { "rehousing/senior-rehousing-officer", "rehousing/meam-coordinator" },
  },

  ["supervise-delegate-performance"] = {
    category = "experience",
    text = "Effectively supervise staff members, delegate tasks and ensure performance expectations are met",
    variants = {
      "Effectively managed staff and to delegate tasks and ensure targets are met",
    },
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
      "tenant-services/senior-scheme-support-officer",
    },
  },

  ["line-management-skills"] = {
    category = "skills",
    text = "Effective line management skills",
    variants = {
      "Effective line management skills, applying Council policies and procedures to support staff members",
    },
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["leading-team-shared-objectives"] = {
    category = "experience",
    text = "Experience of leading a team to achieve shared objectives",
    roles = {
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  ["feedback-to-staff"] = {
    category = "skills",
    text = "Ability to provide meaningful feedback to staff to enhance performance and influence outcomes.",
    roles = {
      "tenant-services/anti-social-behaviour-officer",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  -- The Senior Tenancy Management Officer's "... and coach/mentor them" adds coaching: role-
  -- specific.
  ["staff-development-opportunities"] = {
    category = "skills",
    text = "Ability to identify opportunities for staff development",
    variants = {
      "Identify opportunities for staff development",
      "Identifies opportunities for staff development and progression",
    },
    roles = {
      "tenant-services/data-and-insight-manager",
      "tenant-services/senior-income-and-arrears-officer",
      "tenant-services/senior-scheme-support-officer",
    },
  },

  -- The Operations Manager's statement goes on with further sentences on grades and operational
  -- priorities: encode those as role-specific.
  ["manage-team-workload"] = {
    category = "skills",
    text = "Ability to manage own workload and that of the team, prioritising effectively",
    roles = {
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["delegate-appropriate-to-grade"] = {
    category = "skills",
    text = "Ability to complete tasks appropriate to grade with ability to delegate effectively, ensuring the team responds to requests within acceptable timeframes",
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  -- The Operations Manager adds "Ensures that equal opportunities are embedded throughout the teams
  -- by all managers": role-specific part.
  ["motivate-team-development"] = {
    category = "skills",
    text = "Ability to motivate the team, linking their development to service requirements",
    roles = {
      "tenant-services/tenancy-manager",
      "tenant-services/income-and-leasehold-manager",
      "tenant-services/tenant-services-operations-manager",
    },
  },

  ["empower-team-transparency"] = {
    category = "skills",
    text = "Empowers the team and trusts them to deliver outputs, fostering a culture of transparency",
    roles = { "tenant-services/tenancy-manager", "tenant-services/income-and-leasehold-manager" },
  },

  ["coaching-skills"] = {
    category = "skills",
    text = "Coaching skills",
    roles = { "tenant-services/housing-finance-officer", "tenant-services/anti-social-behaviour-officer" },
  },

  ["coaching-supporting-others"] = {
    category = "experience",
    text = "Experience of coaching/supporting others in their role",
    roles = { "tenant-services/housing-finance-officer", "tenant-services/scheme-support-officer" },
  },

  ["housing-sector-knowledge-innovation"] = {
    category = "skills",
    text = "Ability to apply housing sector knowledge to drive innovation",
    variants = {
      "Evidence of applying housing sector knowledge to drive innovation",
    },
    roles = {
      "tenant-services/housing-service-improvement-manager",
      "tenant-services/senior-tenancy-management-officer",
      "tenant-services/senior-income-and-arrears-officer",
    },
  },

  -- Administration and business support ---------------------------------------------------------

  ["admin-customer-support-service"] = {
    category = "experience",
    text = "Experience of providing a comprehensive administrative and/or customer support service",
    variants = {
      "Experience of providing a comprehensive support service",
    },
    roles = {
      "tenant-services/data-and-insight-officer",
      "tenant-services/housing-finance-officer",
      "tenant-services/tenancy-management-assistant",
      "tenant-services/income-arrears-assistant",
    },
  },

  ["updating-records"] = {
    category = "experience",
    text = "Experience of updating records on electronic or hard copy filing systems",
    variants = {
      "Experience of updating records accurately using electronic or hard copy filing systems/databases",
    },
    roles = {
      "tenant-services/housing-finance-officer",
      "tenant-services/tenancy-management-assistant",
      "tenant-services/income-arrears-assistant",
    },
  },

  -- In the Medway job profile this is option (iii) of a "Demonstrable ability to either: ..."
  -- statement (an any_of).
  ["finance-procedures-advice"] = {
    category = "experience",
    text = "Experience of providing general information, advice and guidance on internal procedures relating to finance",
    variants = {
      "provide general information, advice and guidance on established internal procedures in relation to finance",
    },
    roles = { "tenant-services/housing-finance-officer", "job-profiles/rehousing-officer" },
  },

  ["admin-support-to-team"] = {
    category = "experience",
    text = "Experience of providing administrative support to a team",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["routine-data-entry"] = {
    category = "experience",
    text = "Experience of undertaking routine data entry with care and accuracy",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["copying-documents"] = {
    category = "experience",
    text = "Experience of supporting with multiple copies of documents, using photocopier",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["analysing-information-alternative-solutions"] = {
    category = "experience",
    text = "Experience of analysing information and considering alternative solutions",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["project-support"] = {
    category = "experience",
    text = "Experience of providing effective project support",
    variants = {
      "Experience of providing project support",
    },
    roles = { "tenant-services/data-and-insight-officer", "tenant-services/housing-finance-officer" },
  },

  ["filing-systems"] = {
    category = "skills",
    text = "Ability to maintain effective computerised and manual filing systems, where care, accuracy, confidentiality and security are important",
    variants = {
      "Ability to develop and maintain effective computerised and manual filing systems, where care, accuracy, confidentiality and security are important",
    },
    roles = {
      "tenant-services/tenancy-management-assistant",
      "tenant-services/income-arrears-assistant",
      "tenant-services/scheme-support-officer",
    },
  },

  ["input-data-care-accuracy"] = {
    category = "skills",
    text = "Ability to input data, where care, accuracy, confidentiality and security are important",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["procedures-practices-own-area"] = {
    category = "knowledge",
    text = "A good understanding of the procedures and practices relevant to the service area and own area of work",
    variants = {
      "A good understanding of relevant policies and procedures in own area of work",
    },
    roles = {
      "tenant-services/tenancy-management-assistant",
      "tenant-services/income-arrears-assistant",
      "tenant-services/scheme-support-officer",
    },
  },

  ["policies-legislation-relevant-to-service"] = {
    category = "knowledge",
    text = "An awareness of policies and legislation relevant to the service",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["service-area-awareness"] = {
    category = "knowledge",
    text = "An awareness of the service area",
    roles = { "tenant-services/tenancy-management-assistant", "tenant-services/income-arrears-assistant" },
  },

  ["broader-activities-of-service"] = {
    category = "knowledge",
    text = "A comprehensive working knowledge of the broader activities of the service",
    roles = {
      "tenant-services/data-and-insight-officer",
      "tenant-services/housing-finance-officer",
      "tenant-services/scheme-support-officer",
    },
  },

  -- Near matches kept apart: each of these wordings stays role-specific --------------------------
  -- * "Advanced and authoritative knowledge ... legislation, policy, procedure and practices ...":
  --   the Rehousing Team Leader's includes immigration, the Rehousing Manager's does not.
  -- * "... running a service with high levels of demand ... including crisis management": a local
  --   government housing environment (Team Leader) against a public service environment (Manager).
  -- * "... delivering a high-quality housing service in a related area ..." (Senior Rehousing Officer)
  --   against "... a high-quality customer service ... public sector organisation" (Team Leader).
  -- * Case law: "... temporary accommodation and homelessness" (Visiting Officer) against "...,
  --   homelessness and allocation of social housing" (Rehousing Officer); "... single homelessness"
  --   (Senior Rehousing Officer) against "... homelessness" (Team Leader).
  -- * Data and Insight Officer "An understanding of ..." against Manager "An in-depth knowledge of ..."
  --   strategies used to drive continuous improvement / resident engagement strategies.
  -- * "Ability to communicate in a manner which is easily understood ...": the Data and Insight
  --   Officer adds presenting data visually with Power BI; the Housing Finance Officer does not.
  -- * "Working in a demanding environment with the public, delivering excellent customer service"
  --   (Visiting Officer) against "Experience of working in a demanding environment with the public"
  --   (Triage Officer); MEAM's "front line" interviewing and demanding front line service statements
  --   add confrontational situations and a housing environment to the Triage Officer's.
  -- * "... informed, fair and effective decisions on ..." tenant issues (Senior Tenancy Management
  --   Officer, independently) and income related issues (Senior Income and Arrears Officer);
  --   "informed and fair decisions on tenant issues" (Senior Scheme Support Officer).
  -- * "Experience of pursuing legal actions and ...": attending court as a Council witness (ASB
  --   Officer) against representing the Council in court (Income and Arrears Officer).
  -- * Scheme Support Officer "Experience of interacting with older people" / "monitor staff and
  --   contractors" against the Senior's "Proven track record of working with older people" /
  --   "manage / supervise staff and contractors".
  -- * Housing Finance Officer's "... maintain the Housing ICT database and any other filing systems ..."
  --   and "... relevant policies and procedures within landlord services" (a named system, a wider scope).
  -- * ITIL: "Foundation level understanding of ..." (Housing Service Improvement Manager) against
  --   "Detailed knowledge of ..." (Housing ICT Systems and Data Manager).
  -- * Right To Buy: "A good understanding of Right To Buy legislation" (Leasehold and Right To Buy
  --   Officer) against "Knowledge of Right to Buy and leaseholder legislation and management" (Income
  --   and Leasehold Manager, which adds leaseholder legislation and management).
  -- * "Evidence of reviewing and developing policies and procedures" (Data and Insight Manager)
  --   against "Experience of reviewing policies and procedures to ensure effective and efficient
  --   service delivery" (Senior Scheme Support Officer): developing is not asked of the latter.
  -- * "Evidence of applying data and insight to inform resident engagement" (Data and Insight
  --   Manager) against the Resident Engagement Officer's "Experience using data to develop targeted
  --   and impactful engagement activities".
}
