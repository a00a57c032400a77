namespace ChatBot.Storage.Postgres;

/// <summary>
/// One collection of a `chatbot db copy`: the records read from the source, the rows this run inserted or changed, and
/// the rows the target now holds under the source records' keys — which must equal the records read.
/// </summary>
public sealed record CopyCount(string Collection, int Read, int Written, int InTarget)
{
    public bool Agrees => Read == InTarget;
}
