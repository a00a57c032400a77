namespace ChatBot.Slack.Security;

public enum SignatureCheck
{
    Valid = 0,
    Missing = 1,
    Malformed = 2,
    Stale = 3,
    Mismatch = 4,
    NoSecret = 5,
}
