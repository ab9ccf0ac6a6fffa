-- The rule set's name and version; the digest in every output covers every file loaded.
ruleset {
  name = "medway-housing-frameworks",
  version = "2025.1",
  effective_from = "2025-05-01",
  description = "Medway Council housing career progression frameworks (Rehousing, May 2025; Tenant Services, April 2025) and the related job profiles",
}
