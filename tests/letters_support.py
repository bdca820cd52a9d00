"""Letters the front-end tests (web page, sendmail) send: one that fails the
default gate and one that passes it."""

BAD_LETTER = (
    "Dear [Hiring Manager],\n\n"
    "I am writing to express my sincere gratitude for the interview. "
    "I still haven't heard back, even though you said you would decide by Friday.\n\n"
    "Please do not hesitate to contact me at your earliest convenience.\n\n"
    "Sincerely,\nSam"
)

GOOD_LETTER = (
    "Dear Ms. Alvarez,\n\n"
    "Thank you for meeting with me yesterday about the Data Analyst role. I enjoyed hearing "
    "how your team moved the weekly sales report from spreadsheets to a shared dashboard, and "
    "I'm excited about the chance to help with the next step.\n\n"
    "In my last job I rebuilt our churn model in Python and cut the monthly reporting time "
    "from two days to three hours. The dashboard work you described is the kind of project "
    "I do best.\n\n"
    "I would love to join the team. If anything else would help your decision, I'm happy to "
    "send it.\n\n"
    "Best regards,\nSam Patel\n"
)
