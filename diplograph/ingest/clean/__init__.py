"""Page clean-up that keeps offsets: markup, boilerplate, teasers and the spans they leave."""
