using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.FactCards;

namespace ChatBot.UnitTests.Study;

/// <summary>Form values for cards whose quotes are verbatim in the bundled corpus.</summary>
internal static class SampleCards
{
    public const string Article = "000_5816683cddb79770";
    public const string SummitQuote = "This was until the Japan-North Korea summit meeting held in Pyongyang on September 17, 2002.";
    public const string AdmissionQuote = "North Korea admitted to the abduction of 13 Japanese nationals, eight of whom were dead with the remaining five alive and living in North Korea.";
    public const string ReturnQuote = "On October 15, 2002, North Korea allowed the five abductees to return home to Japan, where they were reunited with family members who they had not seen for decades.";

    public static Dictionary<string, string> Summit(string slug = "pyongyang-summit-2002", string status = "verified") => new()
    {
        [FactCardForms.Slug] = slug,
        [FactCardForms.Title] = "The 2002 Pyongyang summit",
        [FactCardForms.Summary] = "Koizumi met Kim Jong Il in Pyongyang, and North Korea admitted the abductions.",
        [FactCardForms.Facts] = $"The summit was held in Pyongyang on 17 September 2002.\nsource: {Article}\nquote: {SummitQuote}\n\nquote: {AdmissionQuote}",
        [FactCardForms.Details] = $"status: {status}\ntags: summit, 2002",
    };

    public static FactCardContent SummitContent(FactCardStatus status = FactCardStatus.Verified) =>
        new("The 2002 Pyongyang summit", "Koizumi met Kim Jong Il in Pyongyang.", [new FactCardFact("The summit was in Pyongyang.", Article, SummitQuote)], status, ["summit"]);
}
