namespace ChatBot.Core.Quiz;

/// <summary>The quiz's source of chance: seeded from <see cref="QuizOptions.Seed"/> for repeatable tests, shared safely between requests.</summary>
public sealed class QuizRandom(QuizOptions options)
{
    private readonly Random random = options.Seed is { } seed ? new Random(seed) : new Random();
    private readonly Lock gate = new();

    public T Use<T>(Func<Random, T> draw)
    {
        lock (gate)
        {
            return draw(random);
        }
    }
}
