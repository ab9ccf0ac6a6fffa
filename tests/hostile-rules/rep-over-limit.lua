-- attack: string.rep of 20 MiB in a loop: refused on the first call, naming this file only
-- expect: refused
-- message: rules/attack/rep-over-limit.lua:4: string.rep: a result of 20971520 bytes is over the limit of 16777216
for i = 1, 1e6 do local s = string.rep('x', 20 << 20) end
