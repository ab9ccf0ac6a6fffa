-- attack: a plain search for a near-miss needle half the length of its haystack, which a
-- naive search does in time proportional to their product (minutes); it finishes at once
-- expect: loads
-- message: -
local hay = string.rep('a', 4 << 20)
local needle = string.rep('a', 2 << 20) .. 'b'
assert(string.find(hay, needle, 1, true) == nil)
