using ChatBot.Core.Indexing;

namespace ChatBot.Core.Search;

/// <summary>
/// The walks one search made over its candidates' words (see <see cref="PassageWalks"/>), for as long as the thread's
/// next search has not replaced them; the default finds nothing. A walk is only given out for the index and plan it
/// was made with: its marked words are those of the plan's first 64 concepts, which hold every term a question profile
/// of that plan matches.
/// </summary>
internal readonly struct WalkedPassages(PassageWalks walks, int generation, InvertedIndex index, QueryPlan plan)
{
    public bool TryFind(InvertedIndex reading, QueryPlan asked, int passage, out ReadOnlySpan<int> marks)
    {
        if (walks is null || walks.Generation != generation || !ReferenceEquals(index, reading) || !ReferenceEquals(plan, asked))
        {
            marks = default;
            return false;
        }

        return walks.TryFind(passage, out marks);
    }
}
