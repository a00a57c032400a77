namespace ChatBot.Host.Hosting.Admin;

/// <summary>The admin endpoint's answer to <c>GET /ping</c>: which process holds which database.</summary>
internal sealed record AdminPing(int Pid, string Database);
