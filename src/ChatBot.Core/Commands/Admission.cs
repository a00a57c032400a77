namespace ChatBot.Core.Commands;

/// <summary>
/// What <see cref="IRequestGate"/> answers: a refusal (the scope, for telemetry, and the reply to send instead), or a
/// go-ahead that holds the request's turn until it is disposed.
/// </summary>
public sealed class Admission : IDisposable
{
    private static readonly Admission Free = new(null, null);

    private IDisposable? turn;

    private Admission(GateRefusal? refusal, IDisposable? turn)
    {
        Refusal = refusal;
        this.turn = turn;
    }

    /// <summary>Null when the request may go ahead.</summary>
    public GateRefusal? Refusal { get; }

    public static Admission Refused(GateRefusal refusal) => new(refusal, null);

    public static Admission Admitted(IDisposable? turn) => turn is null ? Free : new(null, turn);

    public void Dispose() => Interlocked.Exchange(ref turn, null)?.Dispose();
}
