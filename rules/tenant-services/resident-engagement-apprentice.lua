-- rules/tenant-services/resident-engagement-apprentice.lua
-- Tenant Services career progression framework, April 2025: Resident Engagement Apprentice.
--
-- The apprentice post names no criteria of its own. The document only says that the apprentice
-- works within an apprenticeship framework at Level 2 (Intermediate), Level 3 (Advanced) or
-- Level 4 (Higher), and that the framework sets the qualifications, key skills targets and other
-- requirements. Following roles.md, each level is encoded as being enrolled on (in progress) or
-- having completed an apprenticeship at that level or above; the apprenticeship framework's own
-- requirements are outside these rules.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/resident-engagement-apprentice",
  title = "Resident Engagement Apprentice",
  posts = { "16549" },
  grade = "Apprentice",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To learn and develop the skills to work with various teams in delivering services to Medway Council residents, and to develop a wide range of skills and experience in all aspects of housing.",

  level {
    id = "L2", name = "Intermediate",
    qualifications = {
      patterns.apprenticeship_level { id = "apprenticeship-level-2", level = 2,
        text = "Level 2 Intermediate Apprenticeship" },
    },
  },

  level {
    id = "L3", name = "Advanced",
    qualifications = {
      patterns.apprenticeship_level { id = "apprenticeship-level-3", level = 3,
        text = "Level 3 Advanced Apprenticeship" },
    },
  },

  level {
    id = "L4", name = "Higher",
    qualifications = {
      patterns.apprenticeship_level { id = "apprenticeship-level-4", level = 4,
        text = "Level 4 Higher Apprenticeship" },
    },
  },
}
