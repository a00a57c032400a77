namespace ChatBot.LoadGenerator;

/// <summary>
/// Deterministic question choice per request number: a small repeated set (cache hits after the first ask),
/// unique variants of real questions (always a cache miss), unique off-topic questions (declined), and, once the
/// new article is live, questions about it.
/// </summary>
internal sealed class QuestionMix(double repeatedShare, int seed)
{
    // Phrasing from tests/evaluation/dev.jsonl.
    private static readonly string[] Repeated =
    [
        "When did North Korea admit the abductions?",
        "How many Japanese nationals did North Korea admit to abducting?",
        "Who was the Japanese prime minister at the 2002 summit?",
        "When did the five abductees return to Japan?",
        "Which abductees were still alive?",
        "Why did Japan reverse the easing of sanctions?",
        "When was the second Japan-North Korea summit?",
        "How many South Koreans are believed to have been abducted by North Korea?",
    ];

    private static readonly string[] Topics =
    [
        "How did Kim Jong Il describe the abductions?",
        "When did Hitomi Soga disappear?",
        "What percentage of Japanese were concerned about the abduction issue by October 2003?",
        "Which prime minister vowed to make the abduction issue his life's work?",
        "When did North Korea open a formal investigation into the abductions?",
        "What did North Korea promise at the second summit?",
        "Why are the families of abductees worried?",
        "Who did Abe ask to raise the abduction issue with Kim?",
        "How has Seoul handled the issue of South Korean abductees?",
        "What happened in October 2002?",
        "who is choi sung-yong",
        "how many japanese were kidnapped by the dprk",
    ];

    private static readonly string[] OffTopics =
    [
        "What is the best recipe for sourdough bread",
        "Who won the football world cup",
        "How do I configure a Kubernetes ingress",
        "What is the boiling point of water on Mount Everest",
    ];

    private static readonly string[] AddedArticle =
    [
        "What did the Reykjavik memorandum establish?",
        "When was the Reykjavik memorandum on the abduction issue signed?",
    ];

    public (QuestionKind Kind, string Text) For(int request, bool newArticleLive)
    {
        var roll = Roll(request);
        if (newArticleLive && roll < 0.05)
        {
            return (QuestionKind.AddedArticle, AddedArticle[request % AddedArticle.Length]);
        }

        if (roll < repeatedShare)
        {
            return (QuestionKind.Repeated, Repeated[request % Repeated.Length]);
        }

        // A request number in the text makes each of these a question never asked before.
        return roll < repeatedShare + ((1 - repeatedShare) * 0.75)
            ? (QuestionKind.Unique, $"{Topics[request % Topics.Length].TrimEnd('?')}, as asked in request {request}?")
            : (QuestionKind.OffTopic, $"{OffTopics[request % OffTopics.Length]}, request {request}?");
    }

    /// <summary>A stable pseudo-random number in [0, 1) per request, so runs with one seed ask the same things.</summary>
    private double Roll(int request)
    {
        var x = (uint)(request * 2654435761u) ^ (uint)seed;
        x ^= x >> 16;
        x *= 0x7feb352d;
        x ^= x >> 15;
        return x / (double)uint.MaxValue;
    }
}
