"""The rules of the method, one module per step of the programme.

1. :mod:`app.steps.needs` - the team, the topics, needs and know-how, affinities.
2. :mod:`app.steps.pairs` and :mod:`app.steps.matching` - forming the pairs.
3. :mod:`app.steps.coaching` - preparing the young mentors.
4. :mod:`app.steps.rules` - the frame, and the planned sessions.
5. :mod:`app.steps.review` - the review of each pair, and renewing the programme.
"""
