using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Home;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Rendering;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Publishes a person's App Home (views.publish) when they open its Home tab: at most once per
/// <see cref="AppHomeThrottle"/> interval per person; a failed call is logged, never retried by hand.
/// </summary>
public sealed class AppHomePublisher(HomePageBuilder pages, SlackApiClient api, AppHomeThrottle throttle, ILogger<AppHomePublisher> logger)
{
    public const string EventType = "app_home_opened";

    /// <summary>True for an app_home_opened event of the Home tab that names its user.</summary>
    public static bool Wants(SlackEvent slackEvent) =>
        slackEvent.Type == EventType && slackEvent.Tab == "home" && !string.IsNullOrEmpty(slackEvent.User);

    public async Task PublishAsync(EventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        var userId = envelope.Event!.User!;
        if (!throttle.TryEnter(envelope.TeamId, userId))
        {
            SlackLog.EventIgnored(logger, EventType, "the Home tab was published for this user moments ago");
            return;
        }

        var page = await pages.BuildAsync(ChatPlatform.Slack, envelope.TeamId, userId, cancellationToken).ConfigureAwait(false);
        try
        {
            await api.PublishViewAsync(new ViewsPublishRequest(userId, HomeViewRenderer.Render(page)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            SlackLog.ApiCallFailed(logger, "views.publish", exception.Message);
        }
    }
}
