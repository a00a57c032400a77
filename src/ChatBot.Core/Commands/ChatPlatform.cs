namespace ChatBot.Core.Commands;

public enum ChatPlatform
{
    Cli = 0,
    Discord = 1,
    Slack = 2,
}
