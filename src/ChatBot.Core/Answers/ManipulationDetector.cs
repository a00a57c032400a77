using System.Text.RegularExpressions;

namespace ChatBot.Core.Answers;

/// <summary>
/// Recognises requests that are not questions about the articles: instructions to the bot, requests for opinions
/// and for invented text. The extractive engine could not be steered by them anyway; recognising them lets the bot
/// decline plainly instead of quoting something loosely related.
/// </summary>
public static partial class ManipulationDetector
{
    public static ManipulationKind Detect(string question) => question switch
    {
        _ when Injection().IsMatch(question) => ManipulationKind.Injection,
        _ when Creative().IsMatch(question) => ManipulationKind.Creative,
        _ when Opinion().IsMatch(question) || Prediction().IsMatch(question) => ManipulationKind.Opinion,
        _ => ManipulationKind.None,
    };

    [GeneratedRegex(@"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|rules|prompt|guidelines|above|previous)\b|\b(system|hidden|initial) prompt\b|\byou are now\b|\bact as (if|though|my|an? (ai|assistant|bot|chatbot|expert|lawyer|judge))\b|\bpretend\b|\brole-?play\b|\bjailbreak\b|(?-i:\bDAN\b)|\brepeat after me\b|^\s*say\b|\bsay (that|the following|exactly)\b|\b(tell|make) (me|us) (that|it says)\b|\bfrom now on\b|\{\s*""[a-z_]+""\s*:|""\s*\}\s*\]|\b(system|assistant)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Injection();

    /// <summary>Forecasts: articles report what happened and what people said, not who will win what.</summary>
    [GeneratedRegex(@"\b(is|are) going to win\b|\bwho will win\b|\bwho('s| is) going to be the next\b|\b(predict|forecast)\b.{0,60}\?\s*$|\bnext (us |u\.s\. )?presidential election\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prediction();

    [GeneratedRegex(@"\b(write|compose|create|generate|make up|invent)\b.{0,20}\b(poem|song|story|essay|joke|limerick|haiku|rap|lyrics|tweet|speech|fiction)\b|\btell (me )?a joke\b", RegexOptions.IgnoreCase)]
    private static partial Regex Creative();

    [GeneratedRegex(@"\byour (own )?(opinion|view|views|take|feelings?|thoughts)\b|\bdo you (think|believe|feel|agree|support)\b|\bwhat do you think\b|^\s*should\b|\bwho is (to blame|right|wrong)\b|^\s*(is|was|are|were)\b.{1,60}\b(evil|good|bad|right|wrong|justified|a hero|heroes|a villain|villains|a liar|liars|to blame|monsters?|criminals?)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Opinion();
}
