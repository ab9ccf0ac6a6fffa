-- attack: string.rep of 8 MiB, under its cap, again and again: each call is charged by its
-- bytes, so the loop runs out of instructions within a second
-- expect: refused
-- message: rules/attack/rep-in-loop.lua:5: instruction limit exceeded
while true do local s = string.rep('x', 8 << 20) end
