namespace ChatBot.Slack.Payloads;

public sealed record UrlVerificationResponse(string Challenge);
