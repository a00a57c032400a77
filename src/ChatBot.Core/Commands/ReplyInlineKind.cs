namespace ChatBot.Core.Commands;

public enum ReplyInlineKind
{
    Time = 0,
    Person = 1,
}
