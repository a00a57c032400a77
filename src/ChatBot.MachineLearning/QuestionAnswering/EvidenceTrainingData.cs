namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// What the models are trained from: SQuAD v1.1 and v2.0 articles (split by article into train, tune and test) and,
/// optionally, the team's own questions on the bundled corpus (used to train answerability only).
/// </summary>
public sealed record EvidenceTrainingData(IReadOnlyList<QaArticle> Squad1, IReadOnlyList<QaArticle> Squad2, QaBench? Domain)
{
    public const string Squad1File = "squad-v1.1-dev-tune.json.gz";
    public const string Squad2File = "squad-v2.0-dev-tune.json.gz";

    /// <summary>Fingerprints of the input files, recorded with the models.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
}
