from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("account/login/", views.MemberLoginView.as_view(), name="login"),
    path("account/logout/", views.MemberLogoutView.as_view(), name="logout"),
    path("account/password/", views.MemberPasswordResetView.as_view(), name="password_reset"),
    path(
        "account/password/sent/",
        views.MemberPasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "account/password/<uidb64>/<token>/",
        views.MemberPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "account/password/done/",
        views.MemberPasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
