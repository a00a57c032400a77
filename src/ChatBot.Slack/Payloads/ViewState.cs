namespace ChatBot.Slack.Payloads;

/// <summary>view.state.values: block_id → action_id → value.</summary>
public sealed record ViewState(IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>>? Values = null);
