namespace ChatBot.Slack;

/// <summary>Registered only when the adapter is configured; <see cref="DependencyInjection.MapSlackEndpoints"/> checks for it.</summary>
internal sealed class SlackAdapterMarker;
