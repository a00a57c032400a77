using ChatBot.Core.Answers;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// Warms a measured path (the uncached <c>ask</c>, both engines' search) in rounds until a round compiles next to nothing:
/// the runtime promotes methods in the background after a delay that new compilations keep resetting, so a fixed count
/// left SQuAD's answer path, and one pass both engines' search, half promoted. A round also lasts at least
/// <see cref="MinimumRound"/>: the runtime waits ~100 ms without new compilations before it counts calls for promotion,
/// so three quiet rounds of 250 SQuAD asks (~25 ms each) could end the warm-up before any promotion had begun (SQuAD's
/// measured ask then ranged 0.10–0.34 ms run to run, 7–105 methods compiled while measuring).
/// </summary>
internal static class JitWarmup
{
    /// <summary>Warm-up runs a round at least (the questions taken again as needed).</summary>
    private const int WarmRound = 250;

    /// <summary>A round runs at least this long (the runtime's tiering delay is 100 ms), however fast the path.</summary>
    private static readonly TimeSpan MinimumRound = TimeSpan.FromMilliseconds(300);

    /// <summary>A round compiling no more methods than this is quiet.</summary>
    private const int QuietRound = 2;

    /// <summary>
    /// Quiet rounds in a row that end the warm-up: one is not enough, since promotions wait out a delay and then come in
    /// a burst (SQuAD: a quiet second round, then 133 methods compiled while measuring).
    /// </summary>
    private const int QuietRounds = 3;

    /// <summary>At most this many rounds: a path that never stops compiling is measured anyway (and says so).</summary>
    private const int MaximumWarmRounds = 40;

    /// <summary>Asks <paramref name="questions"/> uncached until the runtime stops compiling; returns how many asks it took.</summary>
    public static int UntilQuiet(AnswerService service, IReadOnlyList<string> questions) =>
        UntilQuiet(asked => service.AskAsync(questions[asked % questions.Count], new AskOptions(UseCache: false)).GetAwaiter().GetResult());

    /// <summary>
    /// Runs <paramref name="one"/> (given how many ran before it) in rounds until the runtime stops compiling; returns how
    /// many ran. The side-by-side search warms both engines through one call, in turns, so neither is measured half promoted.
    /// </summary>
    public static int UntilQuiet(Action<int> one)
    {
        var asked = 0;
        var quiet = 0;
        for (var round = 0; round < MaximumWarmRounds && quiet < QuietRounds; round++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var i = 0; i < WarmRound || System.Diagnostics.Stopwatch.GetElapsedTime(started) < MinimumRound; i++, asked++)
            {
                one(asked);
            }

            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() - before <= QuietRound ? quiet + 1 : 0;
        }

        return asked;
    }
}
