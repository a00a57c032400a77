namespace ChatBot.LoadGenerator;

internal enum Platform
{
    Discord,
    Slack,
}
