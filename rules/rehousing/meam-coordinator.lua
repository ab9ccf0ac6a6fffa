-- rules/rehousing/meam-coordinator.lua
-- Medway Council, Rehousing career progression framework, May 2025 (000_ba2182cbcd4620ef.txt):
-- Medway MEAM Coordinator (Post No: 15929), Range 5. The document's heading misspells it
-- "Medway Mean Coordinator"; MEAM is Make Every Adult Matter.
--
-- The qualifications and first knowledge rows are printed as three interleaved columns (Level
-- A, B, C); the table then breaks across a page ("Official (unmarked)"), after which the
-- document gives one knowledge list without a heading, then the experience and skills rows as
-- three consecutive lists each, in the order A, B, C. Level B is "in addition to level 5A",
-- level C "in addition to level 5A and 5B". Levels B and C state "None" under Qualifications.
--
-- Placing the knowledge list after the page break: it is the continuation of one knowledge cell,
-- and this reading puts it in level A. In this document the level A cells are the longest (the
-- role's experience and skills lists run 8 and 12 statements at A against 4 and 5 at B and C),
-- the extraction gives a cell's continuation in column order with A first, and the list is the
-- groundwork of the post's main duties (trauma informed support, navigating services, multiple
-- disadvantage). The Senior Rehousing Officer, also Range 5, lists several of these statements at
-- levels B and C instead; if the policy owner places the list elsewhere, move the nine statements
-- marked "continued after the page break" below.

local patterns = require "lib.patterns"

role {
  id = "rehousing/meam-coordinator",
  title = "Medway MEAM Coordinator",
  posts = { "15929" },
  grade = "Range 5",
  framework = "Rehousing career progression framework",
  framework_date = "2025-05",
  source = "000_ba2182cbcd4620ef.txt",
  summary = "To support the delivery of a person-centred service to people who have fallen through the gaps between services and systems due to a combination of problems including homelessness, substance misuse, contact with the criminal justice system and mental ill health, working in a multidisciplinary team and holding a caseload with asset based, trauma informed support. To support the development of an effective, coordinated approach to multiple disadvantage through the MEAM Framework, liaising with other professional services to identify barriers that prevent fair and equal access to services.",

  -- Level A (Developing): requirements at level 5A ---------------------------------------------
  level {
    id = "A", name = "Developing",

    qualifications = {
      patterns.general_education { id = "general-education", level = 3,
        text = "A good standard of general education (e.g. Level 2, GCSEs) including Maths and English or Equivalent housing qualification at Level 3" },
    },

    knowledge = {
      competency { id = "meam-agenda-substance-misuse-homelessness-policy",
        text = "An understanding/awareness of the MAKE EVERY ADULT MATTER (MEAM) agenda, current national policies on substance misuse and homelessness and the strategies that influence the priorities of treatment and support services." },
      competency { id = "safeguarding-policies-influence-on-practice",
        text = "Knowledge and understanding of policies related to the safeguarding of children and vulnerable adults and how these influence practice." },
      -- Continued after the page break (see the note at the top).
      competency { id = "models-of-recovery-community-role",
        text = "Knowledge of models of recovery, and an understanding of the role of the community in supporting recovery." },
      competency { id = "other-agencies-statutory-voluntary",
        text = "Detailed working knowledge of other agencies, both statutory and voluntary providing relevant advice and assistance to customers under alternative legislation and in all forms of tenure" },
      competency { id = "developing-maintaining-strong-partnerships-knowledge",
        text = "Knowledge of developing and maintaining strong partnerships" },
      competency { id = "edi-challenges-homeless-people",
        text = "Detailed knowledge of the equality, diversity and inclusion challenges faced by homeless people." },
      competency { id = "criminal-justice-substance-misuse-mental-health-impact",
        text = "Substantial understanding of the impact of criminal justice, homelessness, substance misuse and mental health and the role of services in recovery for people with multiple disadvantage" },
      competency { id = "local-social-justice-healthcare-services",
        text = "Knowledge of local social, justice and healthcare services and an ability to navigate systems and pathways into services" },
      competency { id = "homelessness-wider-issues",
        text = "Understanding of the wider issues impacting upon homelessness, the barriers facing people with severe and multiple disadvantages and the challenges involved in resolving rough sleeping" },
      competency { id = "crime-and-disorder-act-agendas",
        text = "Detailed understanding of Government agendas surrounding Crime and Disorder Act 1998." },
      competency { id = "psychologically-informed-trauma-informed-care",
        text = "Working knowledge of psychologically informed principles and practice, strength-based approaches and trauma informed care" },
    },

    experience = {
      patterns.managerial_public_sector_experience { id = "managerial-public-sector-12-months",
        months = 12,
        text = "At least 12 months' demonstrable managerial experience within the public sector" },
      competency { id = "complex-client-group-mental-health-substance-use",
        text = "Experience of working with a complex client group including those with complex mental health needs, substance use needs and other complex and entrenched lifestyles" },
      competency { id = "partnerships-tackling-complex-problems",
        text = "Establishing and sustaining partnerships that proactively tackle complex problems" },
      competency { id = "successful-interventions-running-services",
        text = "Demonstrable experience of delivering successful interventions and running related services" },
      competency { id = "partner-cooperation-homelessness-setting",
        text = "Demonstrable experience of successful co-operation and team working with partner organisations in a homelessness setting." },
      -- Adds a housing environment to the Triage Officer's demanding front line service statement
      -- (see the catalogue's near matches): role-specific.
      competency { id = "demanding-front-line-service-housing",
        text = "Experience of working in a demanding front line service in a housing environment" },
      competency { id = "front-line-interviewing-confrontational-situations",
        text = "Experience of \"front line\" interviewing and of dealing effectively with confrontational situations" },
      competency { id = "management-team-collective-responsibility",
        text = "Experience of working as part of a management team, taking collective responsibility for meeting service objectives." },
    },

    skills = {
      competency { id = "oversee-evaluate-work",
        text = "Ability to oversee and evaluate the work of others, providing advice, guidance, support and challenge" },
      competency { id = "multi-agency-commitment-partnerships-professions",
        text = "A commitment to multi-agency working and establishing partnerships with other professions to achieve good outcomes for the service user group, e.g., mental health services, criminal justice agencies, community groups, etc" },
      competency { id = "statutory-voluntary-partnership-ability",
        text = "Ability to building relationships with and work positively in partnership with a range of statutory and voluntary agencies." },
      competency { id = "motivate-drive-kpis",
        text = "Ability to motivate and drive services to deliver case objectives and meeting key performance indicators" },
      competency { id = "strengths-severe-multiple-disadvantage",
        text = "Ability to identify people's strengths and understand that impact of events in life on the individuals presenting behaviour (i.e., Severe Multiple Disadvantage)" },
      competency { id = "empathetic-non-judgemental",
        text = "Employ an empathetic and non-judgemental attitude towards service users." },
      competency { id = "professional-boundaries",
        text = "Ability to maintain professional boundaries." },
      competency { id = "creative-problem-solving",
        text = "Ability to be creative, to be able to identify problems and work to create solutions" },
      competency { id = "edi-commitment-homeless-people",
        text = "Demonstrating personal commitment to the equality, diversity and inclusion challenges faced by homeless people." },
      competency { id = "teamwork-cooperative-approach",
        text = "Excellent teamwork and interpersonal skills, maintaining a highly cooperative approach to supporting colleagues and partners in achieving desired outcomes for service users." },
      competency { id = "professional-development",
        text = "Willingness to keep abreast of relevant professional developments and to undertake training for the post." },
      competency { id = "standard-ict-packages",
        text = "Competent user of standard ICT packages, e.g. Word, Excel, Outlook and PowerPoint" },
    },
  },

  -- Level B (Practising): requirements in addition to level 5A --------------------------------
  level {
    id = "B", name = "Practising",

    -- Qualifications: None.

    knowledge = {
      competency { id = "drug-misuse-harmful-effects",
        text = "An in-depth understanding and knowledge of the harmful effects associated with drug misuse in relation to health, social welfare, housing, employability, and personal relationships." },
      competency { id = "treatments-interventions-health-housing-social-care",
        text = "An in-depth knowledge and understanding of the treatments and interventions available those experiencing health, housing, and social care problems" },
    },

    experience = {
      competency { id = "influencing-frontline-service-partnerships",
        text = "Demonstrable experience of supporting and influencing partnerships of frontline services, including in complex or challenging circumstances" },
      competency { id = "rough-sleeping-solutions-diverse-clients",
        text = "Experience of finding solutions to rough sleeping with diverse clients of differing needs and vulnerabilities" },
      competency { id = "reports-letters-public-professionals",
        text = "Experience of producing detailed and accurate reports and letters to the public and other professionals" },
      competency { id = "leading-service-development-housing-health-social-care",
        text = "Experience of leading on specific areas of service development or initiatives to improve service delivery within a housing, health and/or social care setting." },
    },

    skills = {
      competency { id = "political-context",
        text = "Ability to identify and respond to political context advising senior officers where required." },
      competency { id = "conflict-management-challenging-behaviour",
        text = "A track record of successful conflict management and dealing with individuals who present challenging behaviour" },
      competency { id = "pressure-vulnerable-complex-needs",
        text = "The capability to handle the pressure and responsibility of helping vulnerable people with very complex needs whilst remaining enthusiastic and motivated in a demanding role." },
      competency { id = "communication-writing-presentation",
        text = "Excellent communication, writing and presentation skills with experience of effective communication to a range of audiences including senior management, professionals and service users." },
      competency { id = "present-complex-information-reports",
        text = "Ability to present complex information and reports in a concise and clear manner either orally or in writing." },
    },
  },

  -- Level C (Accomplished/Expert): requirements in addition to level 5A and 5B ----------------
  level {
    id = "C", name = "Accomplished/Expert",

    -- Qualifications: None.

    knowledge = {
      competency { id = "co-production-service-user-involvement",
        text = "Knowledge of the principles of co-production and/or service user involvement and how it can be applied practically." },
      competency { id = "coordinating-services-multiple-disadvantage-systems-change",
        text = "Knowledge of ways to better coordinate services for people with multiple disadvantages and an understanding of how 'systems change' can occur" },
      competency { id = "government-policy-housing-health-social-care",
        text = "Up to date knowledge of Government policy in relation to housing, health, and social care" },
    },

    experience = {
      competency { id = "resource-recommendations-data-analysis-cabinet-reports",
        text = "Making recommendations to senior management within the local authority or other leaders (such as portfolio holders) for utilisation of resources via data analysis and producing management/cabinet reports leading to recommendations." },
      competency { id = "applying-systems-change-co-production",
        text = "Experience of practically applying theoretical concepts such as 'systems change' or 'co-production' to bring about better outcomes for vulnerable people" },
      competency { id = "high-performing-service-behaviours",
        text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours" },
      competency { id = "statutory-voluntary-partnership-experience",
        text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies" },
    },

    skills = {
      competency { id = "organisation-prioritisation-complex-programme",
        text = "Highly effective organisational and prioritisation skills, managing a demanding and complex work programme with rapidly changing and competing priorities." },
      competency { id = "homelessness-prevention-models",
        text = "Ability to explore models of homelessness prevention and best practice, specifically in relation to personalisation, assertive outreach and the prevention of rough sleeping and provide recommendations to Partners on how to implement best-practice" },
      competency { id = "influencing-stakeholder-management",
        text = "Strong influencing and stakeholder management skills and the ability to build relationships at all levels" },
      competency { id = "brokering-complex-partnerships",
        text = "Proven ability in brokering and leading complex, high level partnerships internally and externally" },
    },
  },
}
