namespace ChatBot.Core.Answers;

public enum ManipulationKind
{
    None = 0,

    /// <summary>Tries to change the bot's instructions or make it say something.</summary>
    Injection = 1,

    /// <summary>Asks the bot for an opinion or a judgement the articles cannot give.</summary>
    Opinion = 2,

    /// <summary>Asks for made-up content (a poem, a story).</summary>
    Creative = 3,
}
