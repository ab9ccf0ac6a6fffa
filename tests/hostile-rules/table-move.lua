-- attack: one instruction that loops in C: table.move over 2^53 elements
-- expect: refused
-- message: rules/attack/table-move.lua:4: instruction limit exceeded
table.move({}, 1, 2^53, 1, {})
