-- rules/tenant-services/housing-rents-officer.lua
-- Housing Rents Officer (PN: 12415), Range 4.
-- Tenant Services career progression framework, April 2025, Income and Leasehold Management.
-- Most statements of this role are its own (rent accounting, the NEC database): their ids are
-- prefixed or worded so that they belong to this role only.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/housing-rents-officer",
  title = "Housing Rents Officer",
  posts = { "12415" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "Lead the delivery of an efficient and effective financial rent accounting service, managing approximately £15 million for the Council's housing stock. The role will advise the business on the maintenance, control and reconciliation of financial transaction data and practice and support critical financial functions of the business such as financial reconciliation, rent account management, and reporting.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
    },
    knowledge = {
      competency { id = "rents-officer-rent-accounting-income-management",
        text = "Understanding of financial rent accounting and income management" },
    },
    experience = {
      competency { id = "rents-officer-housing-databases-financial-systems",
        text = "Familiarity with housing management databases or similar financial system" },
      competency { id = "rents-officer-financial-procedures-data-entry",
        text = "Familiarity with following financial procedures, ensuring accurate data entry" },
    },
    skills = {
      competency { id = "rents-officer-attention-to-detail-transactions",
        text = "Strong attention to detail for processing transactions accurately" },
      competency { id = "standard-ict-packages",
        text = "Able to use Microsoft packages such as Word, Excel and PowerPoint" },
      competency { id = "communication-skills", text = "Ability to communicate effectively with stakeholders" },
      competency { id = "rents-officer-investigative-skills", text = "Good investigative skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training", role = "tenant-services/housing-rents-officer",
        text = "Completion of role specific training as identified on the HRA training matrix" },
    },
    knowledge = {
      competency { id = "rents-officer-nec-database-income-management",
        text = "Working knowledge of NEC housing database and its role in income management" },
      competency { id = "rents-officer-wider-impact-council-systems",
        text = "Working knowledge of the wider impact of the role on the business and other council systems." },
    },
    experience = {
      competency { id = "rents-officer-rent-accounting-reconciliations",
        text = "Experience in financial rent accounting, including managing transactions and reconciliations" },
      competency { id = "rents-officer-setting-maintaining-rents",
        text = "Experience in setting and maintaining rents in accordance with policies and regulations" },
      competency { id = "rents-officer-housing-rents-ict-systems",
        text = "Experience of managing and updating ICT systems related to housing rents" },
      competency { id = "rents-officer-year-end-statistical-returns",
        text = "Experience of handling complex administrative tasks, including year-end processes and statistical returns" },
      competency { id = "rents-officer-dwp-universal-credit-fund-sources",
        text = "Experience of activities around managing fund sources such as DWP and Universal Credit" },
    },
    skills = {
      competency { id = "rents-officer-ad-hoc-reports-financial-data",
        text = "Ability to produce ad-hoc reports and interpret financial data for decision making" },
      competency { id = "rents-officer-analytical-trends-financial-accuracy",
        text = "Strong analytical skills to identify trends and ensure financial accuracy" },
      competency { id = "rents-officer-external-partner-relationships",
        text = "Ability to build productive relationships with external partners" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      patterns.cih_completion { id = "cih-level-3", level = 3,
        text = "Completion of level 3 Chartered Institute of Housing qualification" },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "rents-officer-nec-database-expert",
        text = "Expert knowledge of the NEC database with the ability to manage and optimise its use." },
      competency { id = "rents-officer-financial-controls-rent-setting-support",
        text = "Evidence of supporting the business with knowledge of financial controls, rent accounting or rent setting." },
    },
    experience = {
      competency { id = "rents-officer-audits-change-board-financial-advice",
        text = "Experience of leading audits, presenting system improvements through the housing change advisory board and or advise senior management on financial rent matters." },
    },
    skills = {
      competency { id = "rents-officer-analytical-financial-system-improvements",
        text = "Strong analytical skills to raise improvements to our financial systems and/or the housing service." },
    },
  },
}
