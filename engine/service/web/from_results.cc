#include "from_results.h"

#include <string>

#include "eligo/explain.h"
#include "eligo/profile.h"

namespace eligo::web {

std::string words(std::string_view id) {
    std::string s(id);
    for (char& c : s) if (c == '_') c = ' ';
    return s;
}

namespace {

void add_criteria(PersonView& view, const std::string& level, const std::vector<CriterionResult>& results,
                  const Profile& profile) {
    for (const CriterionResult& r : results) {
        view.criteria.push_back({level, r.criterion->text, words(to_string(r.outcome)), reason(r, profile)});
    }
}

}  // namespace

PersonView person_view(const PersonProgression& person) {
    PersonView view;
    const Profile& profile = *person.profile;
    view.id = profile.id;
    view.name = profile.name;
    view.as_of = person.as_of.to_string();
    if (!person.current) return view;
    const Progression& p = *person.current;
    view.role = p.role->title + " (" + p.role->id + ")";
    // What HR most likely decides: a level attained above the record, or else the next one.
    if (p.attained && p.attained != p.recorded) view.decide_level = *p.attained;
    else if (p.next) view.decide_level = p.next->id;
    for (const LevelResult& level : p.result.levels) {
        const std::string& id = level.level->id;
        view.levels.push_back(id);
        view.ladder.push_back({id, words(to_string(level.verdict)), p.recorded == id, p.attained == id});
        add_criteria(view, id, level.criteria, profile);
    }
    for (const Gap& g : p.gaps) {
        // The statement first, so the checklist says what is missing, then what to do about it.
        view.gaps.push_back({g.level->id, words(to_string(g.kind)), g.part().text + " \u2014 " + action(g, profile),
                             g.met_on ? g.met_on->to_string() : std::string()});
    }
    return view;
}

TeamMember team_member(const PersonProgression& person) {
    TeamMember member;
    member.id = person.profile->id;
    member.name = person.profile->name;
    if (!person.current) return member;
    const Progression& p = *person.current;
    member.role = p.role->title;
    member.next_level = p.next ? p.next->id : "none";
    for (const Gap& g : p.gaps) {
        if (g.kind != GapKind::judgement || !g.judgement) continue;
        member.waiting.push_back({g.judgement->competency, g.part().text, g.level->id});
    }
    return member;
}

}  // namespace eligo::web
