package com.cxcentric.web.me;

import com.cxcentric.organization.boundary.MyProfile;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** /me/profile.xhtml: one's own record, and ranking what recognition is worth to oneself. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyProfile myProfile;

    @Inject
    private FacesMessages messages;

    private MyProfile.Profile profile;
    private final List<Motivator> ranked = new ArrayList<>();

    @PostConstruct
    void load() {
        try {
            profile = myProfile.mine();
            ranked.addAll(profile.motivators());
        } catch (ResourceNotFoundException notLinked) {
            profile = null;
        }
    }

    public boolean isLinked() {
        return profile != null;
    }

    public MyProfile.Profile getProfile() {
        return profile;
    }

    public List<Motivator> getRanked() {
        return ranked;
    }

    public List<Motivator> getUnranked() {
        return Arrays.stream(Motivator.values())
                .filter(m -> !ranked.contains(m))
                .toList();
    }

    public void add(Motivator motivator) {
        if (!ranked.contains(motivator)) {
            ranked.add(motivator);
        }
    }

    public void remove(int index) {
        ranked.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            ranked.add(index - 1, ranked.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index < ranked.size() - 1) {
            ranked.add(index + 1, ranked.remove(index));
        }
    }

    public void save() {
        try {
            myProfile.rankMotivators(List.copyOf(ranked));
            messages.info("profile.motivators.saved");
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }
}
