namespace ChatBot.Core.Text;

/// <summary>Reduces a folded, lower-case English word to its stem ("abductions" → "abduct"). Must be thread-safe.</summary>
public interface ITermStemmer
{
    string Stem(string word);
}
