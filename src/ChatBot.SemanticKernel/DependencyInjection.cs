namespace ChatBot.SemanticKernel;

public static class DependencyInjection
{
}
