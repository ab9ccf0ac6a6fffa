-- attack: string.rep of 8 MiB, under its cap, again and again: each call is charged by its
-- bytes, so the loop runs out of instructions within a second (in a sanitizer build, whose
-- allocator is slower, the script's ten seconds may run out first)
-- expect: refused
-- message: rules/attack/rep-in-loop.lua:6: instruction limit exceeded | rules/attack/rep-in-loop.lua:6: time limit exceeded
while true do local s = string.rep('x', 8 << 20) end
