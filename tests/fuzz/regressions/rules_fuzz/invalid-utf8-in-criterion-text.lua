role {
  id = "fuzz/invalid-utf8",
  title = "Invalid UTF-8 in a criterion text",
  level {
    id = "A", name = "Developing",
    knowledge = {
      competency { id = "invalid-utf8-text", text = "A good undeŽŒg of the procedures" },
    },
  },
}
