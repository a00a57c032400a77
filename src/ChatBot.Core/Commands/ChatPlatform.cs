namespace ChatBot.Core.Commands;

public enum ChatPlatform
{
    Cli = 0,
    Discord = 1,
    Slack = 2,

    /// <summary>The bot itself, from a followed RSS or Atom feed: no chat user asked (the user id is "feed:&lt;url&gt;").</summary>
    Feed = 3,
}
