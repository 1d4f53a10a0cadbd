using WellbeingKit.Conversations;

namespace WellbeingKit.Benchmarks.Conversations;

/// <summary>Puts a user in a steady state (the default pack's menu question) so that every later turn does the same work.</summary>
internal static class TurnDriver
{
    /// <summary>Greets the kit as a new user (which opens the menu) and returns the free-text message to repeat.</summary>
    public static async Task<UserMessage> Start(IWellbeingKit kit, string locale, string text, string userId = "bench-user")
    {
        await kit.HandleAsync(new UserMessage(userId, locale == "ar" ? "مرحبا" : "hello") { Locale = locale });
        return new UserMessage(userId, text) { Locale = locale };
    }
}
