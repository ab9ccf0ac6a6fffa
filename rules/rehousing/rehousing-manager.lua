-- rules/rehousing/rehousing-manager.lua
-- Medway Council, Rehousing career progression framework, May 2025 (000_ba2182cbcd4620ef.txt):
-- Rehousing Manager (Post No: 14873), Range 7.
--
-- The qualifications, knowledge and experience rows are printed as three interleaved columns
-- (Level A, B, C). Level B is "in addition to level 7A", level C "in addition to level 7A and 7B":
-- each level lists only its own statements. The last level B knowledge statement ("Knowledge and
-- understanding of the Housing Department's objectives ... to help them understand decisions and
-- service practises") runs over into the experience cell in the source.
--
-- The skills row gives one statement per column, then two lists. The first list (ending, as the
-- other roles' level A skills do, with "Competent user of standard ICT packages ...") continues
-- level A. The second list ends with "Proven ability in brokering and leading complex, high level
-- partnerships internally and externally", a level C statement in every other role of this
-- framework and already in this role's level C knowledge cell: the list continues level C, and
-- level B has the one skill its column gives.
--
-- Duplicates encoded once: "Detailed knowledge of the equality, diversity and inclusion
-- challenges faced by homeless people." (level A knowledge and level A skills: kept under
-- knowledge); the brokering statement (level C knowledge and level C skills: kept under skills,
-- where the other roles list it); "Sound political awareness and personal sensitive especially
-- as it relates to working in a local authority" and "Strong political awareness and personal
-- sensitivity." (both level B knowledge, one catalogue statement: kept with the first wording).

local patterns = require "lib.patterns"

role {
  id = "rehousing/rehousing-manager",
  title = "Rehousing Manager",
  posts = { "14873" },
  grade = "Range 7",
  framework = "Rehousing career progression framework",
  framework_date = "2025-05",
  source = "000_ba2182cbcd4620ef.txt",
  summary = "Responsibility for the management and strategic aims of the Rehousing services, including housing allocations, temporary accommodation and rent collection, and for the procurement and management of a diverse portfolio of leased, council owned, nightly paid and other procured accommodation. Provide professional expertise and guidance to the service, develop service plans that keep the organisation compliant with statutory legislation, and manage the services' budgets and finances, including income collection for households in temporary accommodation and former tenant and other housing related debt.",

  -- Level A (Developing): requirements at level 7A ---------------------------------------------
  level {
    id = "A", name = "Developing",

    qualifications = {
      -- The two lines "Educated to degree level" and "Equivalent Level 3 Chartered institute of
      -- Housing qualification" are read as alternatives, as in the Team Leader's "... or
      -- Equivalent Level 3 Chartered institute of Housing qualification".
      any_of {
        id = "degree-or-cih-level-3",
        text = "Educated to degree level [or] Equivalent Level 3 Chartered institute of Housing qualification",
        reading = "An achieved qualification at RQF Level 6 or above (a degree or equivalent, any subject), or, as the stated equivalent, an achieved Chartered Institute of Housing qualification at Level 3 or above.",
        qualification { id = "degree-level", text = "Educated to degree level", min_level = 6 },
        cih { id = "cih-level-3", text = "Equivalent Level 3 Chartered institute of Housing qualification", min_level = 3 },
      },
    },

    knowledge = {
      -- Without the Team Leader's immigration: role-specific (see the catalogue's near matches).
      competency { id = "advanced-legislation-policy-practice-homelessness-allocations",
        text = "Advanced and authoritative knowledge and understanding of legislation, policy, procedure and practices in respect of homelessness, housing allocations, landlord and tenant law, welfare rights/benefit issues, relevant codes of guidance and case law." },
      competency { id = "national-local-housing-issues",
        text = "Comprehensive knowledge and understanding of national and local housing issues and related policies." },
      competency { id = "local-social-justice-healthcare-services",
        text = "Up to date knowledge of local social, justice and healthcare services and how to navigate systems and pathways into services" },
      competency { id = "homelessness-system-pathways",
        text = "Comprehensive knowledge of the housing and homelessness system and pathways and resettlement opportunities for vulnerable people" },
      competency { id = "safeguarding-inclusion-diversity-legislation",
        text = "Knowledge of safeguarding, inclusion & diversity and legislation in relation to the role." },
      -- Also listed among the level A skills; encoded once.
      competency { id = "edi-challenges-homeless-people",
        text = "Detailed knowledge of the equality, diversity and inclusion challenges faced by homeless people." },
      competency { id = "psychologically-informed-trauma-informed-care",
        text = "Working knowledge of psychologically informed principles and practice, strength-based approaches and trauma informed care" },
    },

    experience = {
      competency { id = "leading-high-performing-teams-statutory-front-line",
        text = "Strong track record of leading and managing high performing teams, delivering a statutory front line service and ensuring every team member contributes to achieving positive outcomes for our customers." },
      all_of {
        id = "running-high-demand-service-60-months",
        text = "At least 5 years' experience of running a service with high levels of demand, significant time pressure and conflicting priorities including crisis management within a public service environment.",
        reading = "Met when the employment history shows at least 60 months in total in posts that line-managed staff (running a service) at a local authority or another public body, and a manager or assessor has recorded that the service run had high levels of demand, significant time pressure and conflicting priorities, including crisis management. Housing associations, voluntary and private employers are not counted as a public service environment.",
        experience { id = "managerial-public-body-60-months",
          text = "At least 5 years' experience of running a service within a public service environment",
          months = 60, managerial = true, employer_types = { "local_authority", "public_sector" } },
        -- Not the Team Leader's statement (a local government housing environment): role-specific.
        competency { id = "running-high-demand-service-public-service",
          text = "Experience of running a service with high levels of demand, significant time pressure and conflicting priorities including crisis management within a public service environment." },
      },
      competency { id = "setting-targets-remedial-action",
        text = "Experience of setting targets, monitoring performance against these targets and taking remedial action where targets are not met" },
      competency { id = "interpreting-information-sound-decisions",
        text = "Experience of interpreting information, with a flexible and creative problems solving approach, making rational, realistic and sound decisions." },
      competency { id = "challenging-vulnerable-customers-follow-up",
        text = "Experience of dealing with challenging and vulnerable customers and to take appropriate follow up action." },
      competency { id = "investigations-reviews-complex-cases",
        text = "Extensive experience of conducting thorough investigations and reviews of complex cases, with a focus on positive outcomes and preventing further escalation." },
      competency { id = "developing-strategies-consultations-interest-groups",
        text = "Proven experience of developing strategies and undertaking consultations with a range of interest groups and individuals" },
      competency { id = "managing-poor-performance-challenging-staff",
        text = "Experience of managing poor performance and challenging staff members" },
      competency { id = "complex-reports-recommendations-senior-managers",
        text = "Experience of preparing and presenting complex reports and making recommendations for change to senior managers." },
      competency { id = "complaints-fois-member-enquiries",
        text = "Experience of dealing with complaints, FOIs and/or Member Enquiries, with demonstrable evidence of using these to enhance service delivery." },
    },

    skills = {
      competency { id = "exceptional-leadership-performance-culture",
        text = "Exceptional leadership skills, modelling a strong performance culture and constructively building achievement, confidence and skills in others" },
      competency { id = "influence-people-and-events",
        text = "Ability to influence people and events both formally and informally, through successful communication, negotiation and persuasive skills and to implement agreed practical solutions" },
      competency { id = "innovative-approach-flexible-management-style",
        text = "An innovative approach and flexible management style." },
      competency { id = "develop-talent-in-staff",
        text = "Able to develop talent" },
      competency { id = "represent-organisation-key-stakeholders",
        text = "Able to represent the association internally and externally with key stakeholders",
        reading = "\"The association\" is read as the organisation (the Council's rehousing service)." },
      competency { id = "service-excellence-customer-care-commitment",
        text = "A strong commitment to service excellence, customer care and continuous improvement" },
      competency { id = "housing-trend-performance-data-statutory-reporting",
        text = "Excellent ability to analyse and understand trend and performance data for housing and the ability to report on key statutory information" },
      competency { id = "pragmatic-creative-problem-solving-initiative",
        text = "Pragmatic, creative and flexible approach to problem solving and committed to taking initiative and achieving practical solutions" },
      competency { id = "negotiate-present-influence-partners",
        text = "Ability to negotiate with partners and have the confidence to present information and findings clearly to both lead and influence others behaviour through effective relationship building." },
      competency { id = "lead-service-planning-performance-manage",
        text = "Ability to lead and direct service planning and delivery and performance manage, monitor and take corrective action if necessary." },
      competency { id = "performance-financial-management-skills",
        text = "Excellent performance and financial management skills" },
      competency { id = "personal-probity-public-service-values",
        text = "A high degree of personal probity, honesty and integrity and commitment to the values of public service" },
      competency { id = "standard-ict-packages",
        text = "Competent user of standard ICT packages, e.g. Word, Excel, Outlook and PowerPoint" },
    },
  },

  -- Level B (Practising): requirements in addition to level 7A --------------------------------
  level {
    id = "B", name = "Practising",

    qualifications = {
      -- Not patterns.role_training: managing staff training identified at the Performance
      -- Appraisal Review, not role training from the Tenant Services HRA training matrix.
      training { id = "role-specific-managing-staff-training",
        training_id = "role-training/rehousing/rehousing-manager",
        text = "Completion of role specific managing staff training as identified during Performance Appraisal Review",
        reading = "A completed training record with id role-training/rehousing/rehousing-manager: the role-specific managing staff training identified at the Performance Appraisal Review. Training still in progress does not count." },
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      competency { id = "customer-service-standards-public-sector",
        text = "In-depth knowledge of the standards required to deliver excellent customer service, especially in the public sector" },
      competency { id = "childrens-acts-care-act",
        text = "A broad knowledge of the Children's Acts, Care Act and other relevant regulations involving vulnerable adults, young people and families" },
      -- The column also gives "Strong political awareness and personal sensitivity." (a variant of
      -- the same catalogue statement); encoded once.
      competency { id = "political-awareness",
        text = "Sound political awareness and personal sensitive especially as it relates to working in a local authority" },
      competency { id = "public-policy-context-of-council",
        text = "In-depth understanding of the public policy context in which the Council operates." },
      competency { id = "council-change-agenda-partnership-opportunities",
        text = "Understanding of what change the council wants to deliver and actively seeking out partnership opportunities to drive this agenda, embedding and monitoring outcomes." },
      competency { id = "research-techniques-working-knowledge",
        text = "Sound working knowledge of research techniques." },
      competency { id = "edi-impact-partnership-working",
        text = "A strong understanding of equality, diversity and inclusion and its impact/role within partnership working." },
      competency { id = "local-government-operational-structures-governance",
        text = "Thorough understanding of local government operational structures e.g. governance processes & approvals; Cabinet, Full Council and/or committee processes; Constitution; financial regulations." },
      competency { id = "housing-department-objectives",
        text = "Knowledge and understanding of the Housing Department's objectives and policies and the ability to communicate these to colleagues and customers to help them understand decisions and service practises" },
    },

    experience = {
      -- "Significant experience": no length is stated, so a judgement.
      competency { id = "budget-risk-management-ta-procurement",
        text = "Significant experience of successful budget and risk management, including forecasting expenditure and obtaining value for money through procurement particularly in relation to meeting the Council's temporary accommodation obligations" },
      competency { id = "linking-strategic-partnerships-internal-work",
        text = "Experience of linking strategic partnerships with relevant internal work in a timely manner to take advantage of opportunities and limit possible divergence on key issues." },
      competency { id = "partnerships-contractors-residents-community",
        text = "Proven success in developing effective working relationships and partnerships with contractors, residents and the wider community to achieve better outcomes" },
      -- The source prints "costeffective" (a hyphen lost at a line break).
      competency { id = "business-planning-performance-management-systems",
        text = "Experience of establishing and implementing business planning processes and performance management systems to ensure appropriate and cost-effective service delivery" },
      competency { id = "overcoming-resistance-to-change",
        text = "Extensive, demonstrable experience of overcoming resistance to change at all levels." },
      competency { id = "trauma-informed-asset-based-setting",
        text = "Experience of working in a trauma informed, asset-based approach setting with focus on putting the person at the centre of service delivery." },
    },

    skills = {
      competency { id = "work-across-service-disciplines",
        text = "Ability to work effectively across a range of service disciplines and with a range of people." },
    },
  },

  -- Level C (Accomplished/Expert): requirements in addition to level 7A and 7B ----------------
  level {
    id = "C", name = "Accomplished/Expert",

    qualifications = {
      patterns.cih_completion { id = "cih-level-4", level = 4,
        text = "Completion of Level 4 Chartered Institute of Housing qualification" },
      -- Level C repeats level B's CPD statement; kept, as the document lists it at both levels.
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      competency { id = "leadership-of-change-political-environment",
        text = "Understands the leadership of change in a political environment." },
      competency { id = "housing-financial-regulatory-funding-regimes",
        text = "In-depth knowledge of the financial and regulatory framework and funding regimes relating to meeting housing needs" },
      competency { id = "systems-leadership-understanding",
        text = "Good understanding of systems leadership" },
      -- The column also gives "Proven ability in brokering and leading complex, high level
      -- partnerships internally and externally", encoded once under the level C skills.
    },

    experience = {
      competency { id = "challenge-conventional-thinking-customer-journey",
        text = "The experience and confidence to question and challenge conventional thinking, with a continual eye on innovation and new ways to improve the customer journey and outcomes" },
      competency { id = "elected-members-political-landscape",
        text = "Experience of working successfully with elected Members and navigating a complex political landscape" },
      competency { id = "innovative-service-changes-efficiencies",
        text = "Significant experience of successfully implementing forward thinking and innovative service changes to realise efficiencies and increase productivity." },
      competency { id = "cabinet-committee-reports-governance",
        text = "Experience of writing Cabinet/Committee reports and taking them through council governance and approval processes or equivalent governance system/process" },
      competency { id = "high-performing-service-behaviours",
        text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours" },
      competency { id = "statutory-voluntary-partnership-experience",
        text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies" },
    },

    skills = {
      competency { id = "strategic-analytical-thinking-strategy-development",
        text = "Ability to think strategically and analytically, to interpret information and use as a basis for strategy development and decision making" },
      competency { id = "collaborative-service-transformation",
        text = "Ability to work in a collaborative way to transform service delivery including the ability to manage internal departmental relationships" },
      competency { id = "nurture-innovation-culture-staff",
        text = "Ability to nurture an innovation culture challenging the status quo and providing scope for staff to experiment with new or innovative solutions" },
      competency { id = "communicate-complex-ideas-financial-information",
        text = "Ability to communicate complex ideas, concepts, issues and financial information clearly and simply both verbally and in writing." },
      competency { id = "deliver-change-staff-buy-in",
        text = "Able to deliver change effectively, getting staff buy-in and support." },
      competency { id = "difficult-decisions-manage-conflict",
        text = "The ability to take difficult decisions when required to manage conflict positively" },
      competency { id = "empowering-style-continuous-learning",
        text = "An empowering style, valuing the contributions of others, with a personal commitment to encouraging continuous learning and a \"can do\" outlook" },
      competency { id = "strong-corporate-player-high-performing-culture",
        text = "Evidence of being a strong corporate player who will lead, motivate and inspire their teams and build a high performing culture." },
      competency { id = "innovation-creativity-complex-housing-issues",
        text = "A demonstrably high level of innovation and creativity to address complex housing issues and develop innovative or bespoke solutions" },
      competency { id = "brokering-complex-partnerships",
        text = "Proven ability in brokering and leading complex, high level partnerships internally and externally" },
    },
  },
}
