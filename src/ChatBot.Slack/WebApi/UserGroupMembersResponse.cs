namespace ChatBot.Slack.WebApi;

/// <summary>usergroups.users.list: the user ids of one group.</summary>
public sealed record UserGroupMembersResponse(bool Ok, string? Error = null, IReadOnlyList<string>? Users = null) : ISlackApiResult;
