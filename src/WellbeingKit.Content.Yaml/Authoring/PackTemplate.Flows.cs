using System.Globalization;
using System.Text;

namespace WellbeingKit.Content.Yaml.Authoring;

/// <summary>The template's flows: a check-in and the safety flow.</summary>
public static partial class PackTemplate
{
    private static string CheckinFlow(IReadOnlyList<string> codes)
    {
        var builder = new StringBuilder($"""
            # yaml-language-server: $schema=../{SchemaFolder}/flow.schema.json
            # The check-in: the pack's start flow. Each state says something (message keys from messages/<locale>.yaml)
            # and goes on to the next. A crisis message at any point goes to the safety flow instead.
            id: checkin
            kind: checkin
            title: checkin.title
            # Words that start this flow when the user types them, per language.
            triggers:

            """);
        foreach (var code in codes)
        {
            var words = Text(code, "checkin.triggers").Split('|');
            builder.Append(CultureInfo.InvariantCulture, $"  {code}: [{string.Join(", ", words.Select(Q))}]\n");
        }

        builder.Append("""
            start: greet
            states:
              greet:
                type: message
                say: [checkin.greeting, checkin.about]
                next: ask
              ask:
                type: question
                say: [checkin.ask]
                # The answer is kept as the variable 'mood' (one of the option values below).
                save_as: mood
                options:
                  - { value: good, label: checkin.good }
                  - { value: okay, label: checkin.okay }
                  - { value: low, label: checkin.low }
                next: route
              route:
                type: branch
                cases:
                  - { when: "mood == 'low'", next: support }
                else: thanks
              support:
                type: message
                say: [checkin.support]
                next: exercise
              # No 'exercise:' here, so the kit picks one of the pack's exercises that fits.
              exercise:
                type: exercise
                next: bye
              thanks:
                type: message
                say: [checkin.thanks]
                next: bye
              bye:
                type: end
                say: [checkin.bye]

            """);
        return builder.ToString();
    }

    private static string SafetyFlow() => $$"""
        # yaml-language-server: $schema=../{{SchemaFolder}}/flow.schema.json
        # The safety flow. The kit runs it whenever a message shows a crisis, whatever flow is active; content cannot
        # switch that off. Keep it short and calm: acknowledge, show helplines at once, ask if the person is safe.
        # It must keep its 'helplines' and 'handoff' steps (validate refuses a safety flow without them), and every language needs
        # every message it uses. Never describe methods of self-harm, never promise secrecy, never diagnose.
        id: safety
        kind: safety
        title: safety.title
        start: acknowledge
        states:
          acknowledge:
            type: message
            say: [safety.acknowledge]
            next: helplines
          helplines:
            type: helplines
            say: [safety.helplines-intro]
            next: ask-safe
          ask-safe:
            type: question
            say: [safety.ask-safe]
            save_as: safe_now
            options:
              - { value: "yes", label: common.yes, next: safe }
              - { value: "no", label: common.no, next: not-safe }
          safe:
            type: message
            say: [safety.glad-safe]
            next: offer-person
          not-safe:
            type: message
            say: [safety.not-safe]
            next: offer-person
          # Offers a person from your support team ("Talk to a person" / "No, thanks"); the kit says honestly
          # whether someone is coming. Validate refuses a safety flow without a handoff step.
          offer-person:
            type: handoff
            handoff_to: counsellor
            say: [safety.handoff-offer]
            next: end
          end:
            type: end
            say: [safety.end]

        """;
}
