namespace ChatBot.Core.Text;

/// <summary>
/// Domain aliases: each line is one group of words or phrases that name the same thing in this corpus's
/// subject. ":0.6" after a member lowers its weight when another member was asked for (Pyongyang is only
/// sometimes a stand-in for North Korea). Changing this list changes ranking; <see cref="EngineInfo.Version"/> changes with the build, so caches and snapshots are rebuilt.
/// </summary>
internal static class LexiconGroups
{
    public static readonly string[] Definitions =
    [
        "north korea | north korean | north koreans | dprk | nokor | nk | democratic people's republic of korea | pyongyang:0.6",
        "south korea | south korean | south koreans | sokor | rok | republic of korea | seoul:0.6",
        "kim jong il | kim jongil",
        "kim jong un | kim jongun",
        "abduct | abduction | kidnap | kidnapping | abductee:0.7",
        "abductee | abduction victim | kidnap victim | victim:0.7 | abduct:0.6",
        "admit | admission | acknowledge | acknowledgement | confess | confession | admission of guilt",
        "japan | japanese:0.8 | tokyo:0.6",
        "citizen | national:0.7",
        "return | repatriation | repatriate | come home | bring home | go home | come back | came back | go back | send back | sent back | bring back | brought back | get back | got back",
        "rise | increase | grow | climb | go up:0.8",
        "dead | die | death | deceased | no longer alive | killed:0.6",
        "alive | living | survive | survivor",
        "summit | summit meeting | meeting:0.6 | talks:0.6",
        "investigation | investigate | probe | reinvestigation | inquiry",
        "sanction | penalty:0.5",
        "normalisation | normalization | normalise | normalize | normal relations | diplomatic relations:0.7",
        "programme | program",
        "prime minister | pm | premier",
        "united states | us | usa | america | american:0.7 | washington:0.5",
        "negotiate | negotiation | talk:0.7 | dialogue:0.7 | discuss:0.7",
        "family | relatives | parents:0.7 | children:0.6 | spouses:0.6",
        "poll | opinion poll | survey",
        "percent | per cent | percentage",
        "compensation | reparations",
        "agent | spy | operative",
        "resolve | resolution | settle | solve | unsolved:0.8 | unresolved:0.8",
        "ease | lift:0.7 | relax:0.7",
        "concern | worry | worried | fear | anxious:0.8 | anxiety:0.8",
        "blame | fault | responsible | responsibility",
        "order | instruct | instruction | direct:0.7 | command:0.8 | tell:0.6 | told:0.6",
        "child | children | kid | kids",
        "raise | bring up | mention:0.7 | discuss:0.7",
        "separate | torn apart | divide | split:0.7",
        "call | label | describe:0.7 | dismiss:0.6",
        "chance | possibility | likelihood | prospect | likely:0.7 | unlikely:0.7",
        "outrage | anger | resentment | hostility:0.6",
        "vow | pledge | promise",
        "1970s | seventies | 70s",
        "1980s | eighties | 80s",
        "1950s | fifties | 50s",
        "zero | 0", "one | 1", "two | 2", "three | 3", "four | 4", "five | 5", "six | 6", "seven | 7",
        "eight | 8", "nine | 9", "ten | 10", "eleven | 11", "twelve | 12", "thirteen | 13", "fourteen | 14",
        "fifteen | 15", "sixteen | 16", "seventeen | 17", "eighteen | 18", "nineteen | 19", "twenty | 20",
        "hundred | 100", "five hundred | 500", "thousand | 1000",
    ];
}
